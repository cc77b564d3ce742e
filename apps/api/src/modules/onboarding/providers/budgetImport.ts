// Plans and writes the Anggaran sheet: programs matched by (unit, year, code), kegiatan by
// (program, code) and sub-kegiatan by (kegiatan, code), each level read off its code's shape and
// its parent off the code's prefix, found in the file or already stored at the row's unit or a
// unit above it. Sub-kegiatan carry pagu murni, the APBD-P revision and the monthly plan (planned
// values upserted, realised ones kept). Rows missing from the file are listed and kept. Writes are
// a few set-based statements, then the tenant-year's scope figures are rebuilt so dashboards and
// walls show the new pagu.
import { Prisma } from '@ekinerja/db';
import { paguInForce } from '@ekinerja/scoring';
import { isoDate } from '../../../period';
import { scoringSettingsFromRow, WITH_CALENDAR } from '../../settings/lib/scoringSettings';
import { computeScopeStats, replaceScopeStats } from '../../snapshots/providers/scopeStatsStore';
import {
  BUDGET,
  budgetLevelOf,
  MONTH_NUMBERS,
  parentCodeOf,
  parsePercent,
  parseRupiah,
  type BudgetKey,
  type BudgetLevel,
} from '../lib/budgetTemplate';
import { rowResult, type RowResult } from '../lib/importOutcome';
import { problemsByRow, type ImportDb, type ImportPlan, type Planner } from './runImport';

const header = (key: BudgetKey) => BUDGET.columns.find((c) => c.key === key)!.header;

const SUB_ACTIVITY_ONLY: BudgetKey[] = [
  'pagu',
  'paguRevised',
  'revisedOn',
  ...MONTH_NUMBERS.flatMap((m) => [`spend${m}` as const, `physical${m}` as const]),
];

interface BudgetRow {
  row: number;
  values: Record<BudgetKey, string | null>;
  year: number;
  unitCode: string;
  code: string;
  name: string;
  level: BudgetLevel | null;
}

interface Plan {
  spend: bigint[];
  physical: number[];
}

type Change = 'CREATED' | 'UPDATED' | 'UNCHANGED';

async function loadTenant(db: ImportDb, tenantId: string, years: number[], codes: string[], nips: string[]) {
  const [units, programs, indicators, officials] = await Promise.all([
    db.orgUnit.findMany({ where: { tenantId }, select: { id: true, code: true, ancestorIds: true } }),
    db.program.findMany({
      where: { tenantId, year: { in: years } },
      include: {
        orgUnit: { select: { code: true } },
        activities: {
          include: {
            subActivities: {
              include: {
                months: { select: { month: true, plannedSpend: true, plannedPhysical: true } },
              },
            },
          },
        },
      },
    }),
    db.indicator.findMany({
      where: { tenantId, code: { in: codes }, objective: { scorecard: { year: { in: years } } } },
      select: {
        id: true,
        code: true,
        orgUnitId: true,
        objective: { select: { scorecard: { select: { year: true } } } },
      },
    }),
    db.official.findMany({ where: { tenantId, nip: { in: nips } }, select: { id: true, nip: true } }),
  ]);
  return { units, programs, indicators, officials };
}

type Loaded = Awaited<ReturnType<typeof loadTenant>>;
type StoredProgram = Loaded['programs'][number];
type StoredActivity = StoredProgram['activities'][number];
type StoredSub = StoredActivity['subActivities'][number];

/** Identities: a program by unit, year and code; a kegiatan under it; a sub-kegiatan under that. */
const programKey = (year: number, unitId: string, code: string) => `${year}|${unitId}|${code}`;
const childKey = (parentKey: string, code: string) => `${parentKey}|${code}`;

interface ProgramWrite {
  key: string;
  id: string | null;
  orgUnitId: string;
  year: number;
  code: string;
  name: string;
  indicatorId: string | null;
  picId: string | null;
}
interface ActivityWrite {
  key: string;
  id: string | null;
  programKey: string;
  code: string;
  name: string;
  indicatorId: string | null;
  picId: string | null;
}
interface SubWrite {
  key: string;
  id: string | null;
  activityKey: string;
  orgUnitId: string;
  code: string;
  name: string;
  pagu: bigint;
  paguRevised: bigint | null;
  revisedOn: string | null;
  picId: string | null;
  /** Months whose planned values change, with the new ones. */
  months: { month: number; spend: bigint; physical: number }[];
}

const rupiahOf = (text: string | null) => (text === null ? null : parseRupiah(text));

function planOf(values: Record<BudgetKey, string | null>): Plan {
  return {
    spend: MONTH_NUMBERS.map((m) => rupiahOf(values[`spend${m}`]) ?? 0n),
    physical: MONTH_NUMBERS.map((m) => {
      const text = values[`physical${m}`];
      return text === null ? 0 : (parsePercent(text) ?? 0);
    }),
  };
}

export const planBudget: Planner = async (db, tenant, sheetRows, readProblems) => {
  const tenantId = tenant.tenantId;
  const readByRow = problemsByRow(readProblems);
  const rows: BudgetRow[] = sheetRows.map(({ row, values }) => {
    const v = values as Record<BudgetKey, string | null>;
    const code = v.code ?? '';
    return {
      row,
      values: v,
      year: Number(v.year),
      unitCode: v.unitCode ?? '',
      code,
      name: v.name ?? '',
      level: budgetLevelOf(code),
    };
  });
  const years = [...new Set(rows.map((r) => r.year).filter(Number.isInteger))];
  const loaded = await loadTenant(
    db,
    tenantId,
    years,
    [...new Set(rows.flatMap((r) => (r.values.indicatorCode ? [r.values.indicatorCode] : [])))],
    [...new Set(rows.flatMap((r) => (r.values.picNip ? [r.values.picNip] : [])))],
  );
  const unitOf = new Map(loaded.units.map((u) => [u.code, u]));
  const officialOf = new Map(loaded.officials.map((o) => [o.nip, o.id]));
  const unitCodeOf = new Map(loaded.units.map((u) => [u.id, u.code]));
  const storedPrograms = new Map<string, StoredProgram>();
  const storedActivities = new Map<string, StoredActivity>();
  const storedSubs = new Map<string, StoredSub>();
  const labelOf = new Map<string, string>();
  for (const p of loaded.programs) {
    const pk = programKey(p.year, p.orgUnitId, p.code);
    storedPrograms.set(pk, p);
    labelOf.set(pk, `${p.year} ${p.orgUnit.code} ${p.code}`);
    for (const a of p.activities) {
      const ak = childKey(pk, a.code);
      storedActivities.set(ak, a);
      labelOf.set(ak, `${p.year} ${p.orgUnit.code} ${a.code}`);
      for (const s of a.subActivities) {
        storedSubs.set(childKey(ak, s.code), s);
        labelOf.set(childKey(ak, s.code), `${p.year} ${unitCodeOf.get(s.orgUnitId)} ${s.code}`);
      }
    }
  }

  const problemsOf = new Map(rows.map((r) => [r.row, [...(readByRow.get(r.row) ?? [])]]));
  const problem = (r: BudgetRow, key: BudgetKey, rule: string, value: string | null = r.values[key]) =>
    problemsOf.get(r.row)!.push({ sheet: BUDGET.sheet, row: r.row, column: header(key), rule, value });
  const hasProblem = (r: BudgetRow, key: BudgetKey) =>
    problemsOf.get(r.row)!.some((p) => p.column === header(key));

  // Parents first, whatever the order of the rows: each level finds its parents among the
  // stored rows and the ones the file names before it.
  const known = new Set([...storedPrograms.keys(), ...storedActivities.keys()]);
  const keyOfRow = new Map<number, string>();
  const seen = new Set<string>();
  const byLevel = (level: BudgetLevel) => rows.filter((r) => r.level === level);
  /** The parent's key: at the row's unit or the nearest unit above it that has it. */
  const parentKey = (r: BudgetRow, unitIds: readonly string[]): string | null => {
    const parentCode = parentCodeOf(r.code)!;
    for (const unitId of [...unitIds].reverse()) {
      const candidate =
        r.level === 'ACTIVITY'
          ? programKey(r.year, unitId, parentCode)
          : childKey(programKey(r.year, unitId, parentCodeOf(parentCode)!), parentCode);
      if (known.has(candidate)) return candidate;
    }
    return null;
  };
  for (const level of ['PROGRAM', 'ACTIVITY', 'SUB_ACTIVITY'] as const) {
    for (const r of byLevel(level)) {
      if (hasProblem(r, 'year') || hasProblem(r, 'unitCode')) continue;
      const unit = unitOf.get(r.unitCode);
      if (!unit) {
        problem(r, 'unitCode', 'notFound');
        continue;
      }
      let key: string;
      if (level === 'PROGRAM') key = programKey(r.year, unit.id, r.code);
      else {
        const parent = parentKey(r, unit.ancestorIds);
        if (!parent) {
          problem(r, 'code', 'notFound', parentCodeOf(r.code));
          continue;
        }
        key = childKey(parent, r.code);
      }
      if (seen.has(key)) {
        problem(r, 'code', 'duplicate');
        continue;
      }
      seen.add(key);
      known.add(key);
      keyOfRow.set(r.row, key);
      labelOf.set(key, `${r.year} ${r.unitCode} ${r.code}`);
    }
  }

  const indicatorsOf = (r: BudgetRow, unitId: string) =>
    loaded.indicators.filter(
      (i) =>
        i.code === r.values.indicatorCode && i.orgUnitId === unitId && i.objective.scorecard.year === r.year,
    );
  const results: RowResult[] = [];
  const programs: ProgramWrite[] = [];
  const activities: ActivityWrite[] = [];
  const subs: SubWrite[] = [];
  for (const r of rows) {
    const problems = problemsOf.get(r.row)!;
    const key = keyOfRow.get(r.row);
    const unit = unitOf.get(r.unitCode);
    const v = r.values;
    let indicatorId: string | null = null;
    let picId: string | null = null;
    if (r.level && r.level !== 'SUB_ACTIVITY') {
      for (const k of SUB_ACTIVITY_ONLY)
        if (v[k] !== null && !hasProblem(r, k)) problem(r, k, 'subActivityOnly');
      if (v.indicatorCode && unit && !hasProblem(r, 'indicatorCode')) {
        const found = indicatorsOf(r, unit.id);
        if (found.length === 1) indicatorId = found[0]!.id;
        else problem(r, 'indicatorCode', found.length === 0 ? 'notFound' : 'ambiguous');
      }
    }
    if (v.picNip && !hasProblem(r, 'picNip')) {
      picId = officialOf.get(v.picNip) ?? null;
      if (!picId) problem(r, 'picNip', 'notFound');
    }
    let sub: (Omit<SubWrite, 'key' | 'id' | 'activityKey' | 'months' | 'orgUnitId'> & { plan: Plan }) | null =
      null;
    if (r.level === 'SUB_ACTIVITY') {
      if (v.indicatorCode !== null) problem(r, 'indicatorCode', 'programOrActivityOnly');
      sub = subRowChecks(r, problem, hasProblem, picId);
    }
    let change: Change = 'UNCHANGED';
    if (key && unit && problems.length === 0) {
      if (r.level === 'PROGRAM') {
        const stored = storedPrograms.get(key);
        const write = {
          key,
          id: stored?.id ?? null,
          orgUnitId: unit.id,
          year: r.year,
          code: r.code,
          name: r.name,
          indicatorId,
          picId,
        };
        change = headerChange(stored && { ...stored, indicatorId: stored.outcomeIndicatorId }, write);
        if (change !== 'UNCHANGED') programs.push(write);
      } else if (r.level === 'ACTIVITY') {
        const stored = storedActivities.get(key);
        const write = {
          key,
          id: stored?.id ?? null,
          programKey: key.slice(0, key.lastIndexOf('|')),
          code: r.code,
          name: r.name,
          indicatorId,
          picId,
        };
        change = headerChange(stored && { ...stored, indicatorId: stored.outputIndicatorId }, write);
        if (change !== 'UNCHANGED') activities.push(write);
      } else if (sub) {
        const stored = storedSubs.get(key);
        const months = changedMonths(sub.plan, stored?.months ?? []);
        const { plan: _plan, ...fields } = sub;
        const write = {
          ...fields,
          key,
          id: stored?.id ?? null,
          activityKey: key.slice(0, key.lastIndexOf('|')),
          orgUnitId: unit.id,
          months,
        };
        change = !stored
          ? 'CREATED'
          : months.length > 0 ||
              stored.name !== r.name ||
              stored.orgUnitId !== unit.id ||
              stored.picOfficialId !== picId ||
              stored.pagu !== sub.pagu ||
              stored.paguRevised !== sub.paguRevised ||
              isoDate(stored.paguRevisedOn) !== sub.revisedOn
            ? 'UPDATED'
            : 'UNCHANGED';
        if (change !== 'UNCHANGED') subs.push(write);
      }
    }
    results.push(
      rowResult(
        r.row,
        key ? labelOf.get(key)! : `${v.year ?? ''} ${r.unitCode} ${r.code}`.trim(),
        problems,
        change,
      ),
    );
  }
  const listed = new Set(keyOfRow.values());
  const notInFile = [...storedPrograms.keys(), ...storedActivities.keys(), ...storedSubs.keys()]
    .filter((k) => !listed.has(k))
    .map((k) => labelOf.get(k)!);
  // The years whose figures move: every row written names its year first in its key.
  const changedYears = [
    ...new Set([...programs, ...activities, ...subs].map((c) => Number(c.key.split('|')[0]))),
  ];
  return {
    rows: results,
    notInFile,
    write: (tx) =>
      writeBudget(
        tx,
        tenantId,
        { programs, activities, subs },
        storedPrograms,
        storedActivities,
        changedYears,
      ),
  } satisfies ImportPlan;
};

/** A program's or kegiatan's change: its name, indicator or PIC differ from what is stored. */
function headerChange(
  stored: { name: string; indicatorId: string | null; picOfficialId: string | null } | undefined,
  row: { name: string; indicatorId: string | null; picId: string | null },
): Change {
  if (!stored) return 'CREATED';
  return stored.name !== row.name ||
    stored.indicatorId !== row.indicatorId ||
    stored.picOfficialId !== row.picId
    ? 'UPDATED'
    : 'UNCHANGED';
}

/** Renames programs or kegiatan and sets their indicator and PIC, in one statement. */
async function updateHeaders(
  tx: Prisma.TransactionClient,
  table: 'Program' | 'Activity',
  rows: readonly { id: string | null; name: string; indicatorId: string | null; picId: string | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  const indicator = table === 'Program' ? 'outcomeIndicatorId' : 'outputIndicatorId';
  await tx.$executeRaw`
    UPDATE ${Prisma.raw(`"${table}"`)} AS t
    SET name = v.name, ${Prisma.raw(`"${indicator}"`)} = v.indicator, "picOfficialId" = v.pic
    FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.name)}::text[],
      ${rows.map((r) => r.indicatorId)}::uuid[], ${rows.map((r) => r.picId)}::uuid[])
      AS v(id, name, indicator, pic)
    WHERE t.id = v.id`;
}

/** A sub-kegiatan row's pagu, revision and plan, with what is wrong with them. */
function subRowChecks(
  r: BudgetRow,
  problem: (r: BudgetRow, key: BudgetKey, rule: string, value?: string | null) => void,
  hasProblem: (r: BudgetRow, key: BudgetKey) => boolean,
  picId: string | null,
) {
  const v = r.values;
  if (v.pagu === null && !hasProblem(r, 'pagu')) problem(r, 'pagu', 'required');
  if (v.paguRevised !== null && v.revisedOn === null) problem(r, 'revisedOn', 'required');
  if (v.paguRevised === null && v.revisedOn !== null) problem(r, 'paguRevised', 'required');
  if (v.revisedOn !== null && !hasProblem(r, 'revisedOn') && !v.revisedOn.startsWith(`${r.year}-`))
    problem(r, 'revisedOn', 'outsideBudgetYear');
  const plan = planOf(v);
  const decreasing = MONTH_NUMBERS.find((m) => m > 1 && plan.physical[m - 1]! < plan.physical[m - 2]!);
  if (decreasing && !hasProblem(r, `physical${decreasing}`))
    problem(r, `physical${decreasing}`, 'decreasing');
  const pagu = rupiahOf(v.pagu);
  const paguRevised = rupiahOf(v.paguRevised);
  if (pagu === null) return null;
  const revisedOn = paguRevised !== null ? v.revisedOn : null;
  const ceilings = { murni: pagu, revised: paguRevised, revisedOn };
  const total = plan.spend.reduce((a, b) => a + b, 0n);
  const december =
    revisedOn && /^\d{4}-\d{2}-\d{2}$/.test(revisedOn) ? paguInForce(ceilings, r.year, 12) : pagu;
  if (total > december)
    problem(
      r,
      paguRevised !== null && december === paguRevised ? 'paguRevised' : 'pagu',
      'planAbovePagu',
      total.toString(),
    );
  return { code: r.code, name: r.name, pagu, paguRevised, revisedOn, picId, plan };
}

/** The months whose planned spend or physical progress differs from what is stored (0 when absent). */
function changedMonths(
  plan: Plan,
  stored: readonly { month: number; plannedSpend: bigint; plannedPhysical: number }[],
) {
  const byMonth = new Map(stored.map((m) => [m.month, m]));
  return MONTH_NUMBERS.flatMap((m) => {
    const was = byMonth.get(m);
    const spend = plan.spend[m - 1]!;
    const physical = plan.physical[m - 1]!;
    return (was?.plannedSpend ?? 0n) === spend && (was?.plannedPhysical ?? 0) === physical
      ? []
      : [{ month: m, spend, physical }];
  });
}

async function writeBudget(
  tx: Prisma.TransactionClient,
  tenantId: string,
  changes: { programs: ProgramWrite[]; activities: ActivityWrite[]; subs: SubWrite[] },
  storedPrograms: Map<string, StoredProgram>,
  storedActivities: Map<string, StoredActivity>,
  years: number[],
): Promise<void> {
  const programIds = new Map([...storedPrograms].map(([k, p]) => [k, p.id]));
  const activityIds = new Map([...storedActivities].map(([k, a]) => [k, a.id]));
  const { programs, activities, subs } = changes;

  const newPrograms = programs.filter((p) => !p.id);
  if (newPrograms.length > 0) {
    const created = await tx.program.createManyAndReturn({
      data: newPrograms.map((p) => ({
        tenantId,
        orgUnitId: p.orgUnitId,
        year: p.year,
        code: p.code,
        name: p.name,
        outcomeIndicatorId: p.indicatorId,
        picOfficialId: p.picId,
      })),
      select: { id: true, orgUnitId: true, year: true, code: true },
    });
    for (const p of created) programIds.set(programKey(p.year, p.orgUnitId, p.code), p.id);
  }
  await updateHeaders(
    tx,
    'Program',
    programs.filter((p) => p.id),
  );

  const newActivities = activities.filter((a) => !a.id);
  if (newActivities.length > 0) {
    const data = newActivities.map((a) => ({
      programId: programIds.get(a.programKey)!,
      code: a.code,
      name: a.name,
      outputIndicatorId: a.indicatorId,
      picOfficialId: a.picId,
    }));
    const created = await tx.activity.createManyAndReturn({
      data,
      select: { id: true, programId: true, code: true },
    });
    const keyOfProgram = new Map([...programIds].map(([k, id]) => [id, k]));
    for (const a of created) activityIds.set(childKey(keyOfProgram.get(a.programId)!, a.code), a.id);
  }
  await updateHeaders(
    tx,
    'Activity',
    activities.filter((a) => a.id),
  );

  const subIds = new Map(subs.filter((s) => s.id).map((s) => [s.key, s.id!]));
  const newSubs = subs.filter((s) => !s.id);
  if (newSubs.length > 0) {
    const created = await tx.subActivity.createManyAndReturn({
      data: newSubs.map((s) => ({
        activityId: activityIds.get(s.activityKey)!,
        orgUnitId: s.orgUnitId,
        picOfficialId: s.picId,
        code: s.code,
        name: s.name,
        pagu: s.pagu,
        paguRevised: s.paguRevised,
        paguRevisedOn: s.revisedOn ? new Date(`${s.revisedOn}T00:00:00Z`) : null,
      })),
      select: { id: true, activityId: true, code: true },
    });
    const keyOfActivity = new Map([...activityIds].map(([k, id]) => [id, k]));
    for (const s of created) subIds.set(childKey(keyOfActivity.get(s.activityId)!, s.code), s.id);
  }
  const editedSubs = subs.filter((s) => s.id);
  if (editedSubs.length > 0)
    await tx.$executeRaw`
      UPDATE "SubActivity" AS s SET name = v.name, "orgUnitId" = v.unit, "picOfficialId" = v.pic, pagu = v.pagu,
        "paguRevised" = v.revised, "paguRevisedOn" = v.revised_on
      FROM unnest(${editedSubs.map((s) => s.id)}::uuid[], ${editedSubs.map((s) => s.name)}::text[],
        ${editedSubs.map((s) => s.orgUnitId)}::uuid[], ${editedSubs.map((s) => s.picId)}::uuid[],
        ${editedSubs.map((s) => s.pagu.toString())}::bigint[], ${editedSubs.map((s) => s.paguRevised?.toString() ?? null)}::bigint[],
        ${editedSubs.map((s) => s.revisedOn)}::date[]) AS v(id, name, unit, pic, pagu, revised, revised_on)
      WHERE s.id = v.id`;

  // Planned values of each changed month; a month's realisation and version stay as they are.
  const months = subs.flatMap((s) => s.months.map((m) => ({ ...m, subActivityId: subIds.get(s.key)! })));
  if (months.length > 0)
    await tx.$executeRaw`
      INSERT INTO "BudgetMonth" (id, "subActivityId", month, "plannedSpend", "plannedPhysical", "updatedAt")
      SELECT gen_random_uuid(), v.sub, v.month, v.spend, v.physical, now()
      FROM unnest(${months.map((m) => m.subActivityId)}::uuid[], ${months.map((m) => m.month)}::int[],
        ${months.map((m) => m.spend.toString())}::bigint[], ${months.map((m) => m.physical)}::float8[])
        AS v(sub, month, spend, physical)
      ON CONFLICT ("subActivityId", month) DO UPDATE
        SET "plannedSpend" = EXCLUDED."plannedSpend", "plannedPhysical" = EXCLUDED."plannedPhysical", "updatedAt" = now()`;

  // The scope figures of every year the file touched, rebuilt from the rows (a few queries each).
  if (years.length > 0) {
    const settings = scoringSettingsFromRow(
      await tx.tenantSettings.findUnique({ where: { tenantId }, include: WITH_CALENDAR }),
    );
    for (const year of years)
      await replaceScopeStats(tx, tenantId, year, await computeScopeStats(tx, tenantId, year, settings));
  }
}
