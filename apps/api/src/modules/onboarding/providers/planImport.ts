// Plans and writes the Rencana sheet: the RPJMD (the government's scorecard) and each OPD's
// Renstra, one row per indicator. Plans are matched by kind, OPD and first year; tujuan, sasaran
// and indikator by their codes within the plan or the scorecard of the row's year. A scorecard,
// objective or indicator the file does not name is kept. Every read is a handful of set-based
// queries for the whole tenant-year, every write a few statements for all rows; the years touched
// are scored afresh in the same transaction.
import type { Perspective, Prisma } from '@ekinerja/db';
import { perspectiveWeightsProblem } from '../../scorecards/lib/scorecardInputs';
import { rebuildTenantYear } from '../../snapshots/providers/scoreTreeStore';
import { rowResult, type RowResult } from '../lib/importOutcome';
import { planHeader, planRowOf, type MonthTarget, type PlanRow, type TargetCell } from '../lib/planRows';
import { PLAN } from '../lib/planTemplate';
import type { WorkbookProblem } from '../lib/workbook';
import { problemsByRow, type ImportDb, type ImportPlan, type Planner } from './runImport';

const PERSPECTIVE_ORDER: readonly Perspective[] = [
  'STAKEHOLDER',
  'CUSTOMER',
  'INTERNAL_PROCESS',
  'LEARNING_GROWTH',
];
/** A new scorecard whose rows give no perspective weight weighs its four perspectives alike. */
const EVEN_WEIGHT = 25;

/** Awaits an object of promises, keeping their names. */
async function allOf<T extends Record<string, Promise<unknown>>>(
  promises: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const values = await Promise.all(Object.values(promises));
  return Object.fromEntries(Object.keys(promises).map((key, i) => [key, values[i]])) as {
    [K in keyof T]: Awaited<T[K]>;
  };
}

async function loadTenant(db: ImportDb, tenantId: string, years: number[], usernames: string[]) {
  const ofYears = { tenantId, objective: { scorecard: { year: { in: years } } } };
  return allOf({
    tenant: db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { shortName: true } }),
    units: db.orgUnit.findMany({
      where: { tenantId },
      select: { id: true, code: true, kind: true, shortName: true },
    }),
    plans: db.plan.findMany({
      where: { tenantId },
      select: {
        id: true,
        kind: true,
        orgUnitId: true,
        startYear: true,
        endYear: true,
        goals: { select: { id: true, code: true, name: true } },
      },
    }),
    scorecards: db.scorecard.findMany({
      where: { tenantId, year: { in: years }, ownerKind: { in: ['TENANT', 'ORG_UNIT'] } },
      select: {
        id: true,
        ownerKey: true,
        year: true,
        planId: true,
        perspectives: { select: { id: true, perspective: true, weight: true } },
      },
    }),
    objectives: db.objective.findMany({
      where: { tenantId, scorecard: { year: { in: years } } },
      select: {
        id: true,
        scorecardId: true,
        perspectiveId: true,
        code: true,
        name: true,
        weight: true,
        goalId: true,
      },
    }),
    indicators: db.indicator.findMany({
      where: ofYears,
      select: {
        id: true,
        objectiveId: true,
        orgUnitId: true,
        code: true,
        name: true,
        unit: true,
        polarity: true,
        aggregation: true,
        frequency: true,
        weight: true,
        formula: true,
        baseline: true,
        objective: { select: { scorecardId: true, scorecard: { select: { year: true } } } },
      },
    }),
    targets: db.target.findMany({
      where: { year: { in: years }, indicator: ofYears },
      select: { indicatorId: true, year: true, month: true, value: true, low: true, high: true },
    }),
    planTargets: db.planTarget.findMany({ where: { indicator: ofYears } }),
    operators: db.indicatorOperator.findMany({
      where: { indicator: ofYears },
      select: { indicatorId: true, userId: true },
    }),
    users: db.user.findMany({
      where: { tenantId, username: { in: usernames } },
      select: { id: true, username: true },
    }),
    signed: db.performanceAgreement.findMany({
      where: { scorecard: { tenantId, year: { in: years } }, versions: { some: { status: 'SIGNED' } } },
      select: { scorecardId: true },
    }),
  });
}
type Loaded = Awaited<ReturnType<typeof loadTenant>>;

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};
const sameTargets = (a: readonly TargetCell[], b: readonly TargetCell[]) =>
  a.length === b.length &&
  a.every((t, i) => t.value === b[i]!.value && t.low === b[i]!.low && t.high === b[i]!.high);
const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** What a row makes of the tenant: the keys its plan, scorecard, objective and indicator go by. */
interface RowKeys {
  planKey: string;
  ownerKey: string;
  cardKey: string;
  objectiveKey: string;
  ownerUnitId: string | null;
  reportingUnitId: string | null;
  operatorIds: string[] | null;
}

export const planPlans: Planner = async (db, tenant, sheetRows, readProblems) => {
  const tenantId = tenant.tenantId;
  const readByRow = problemsByRow(readProblems);
  const parsed = sheetRows.map((r) => ({ sheetRow: r, ...planRowOf(r, readByRow.get(r.row) ?? []) }));
  const good = parsed.flatMap((p) => (p.row ? [p.row] : []));
  const loaded = await loadTenant(
    db,
    tenantId,
    [...new Set(good.map((r) => r.year))],
    [...new Set(good.flatMap((r) => r.operators ?? []))],
  );
  const unitByCode = new Map(loaded.units.map((u) => [u.code, u]));
  const userByName = new Map(loaded.users.map((u) => [u.username, u.id]));
  const problemsOf = new Map<number, WorkbookProblem[]>(
    parsed.map((p) => [p.sheetRow.row, [...(readByRow.get(p.sheetRow.row) ?? []), ...p.problems]]),
  );
  const at = (r: PlanRow, key: Parameters<typeof planHeader>[0], rule: string, value: string | null) =>
    problemsOf.get(r.row)!.push({ sheet: PLAN.sheet, row: r.row, column: planHeader(key), rule, value });

  // Each row on its own against the tenant: its units and operators.
  const keysOf = new Map<number, RowKeys>();
  for (const r of good) {
    const owner = r.unitCode ? unitByCode.get(r.unitCode) : null;
    if (r.unitCode && !owner) at(r, 'unitCode', 'notFound', r.unitCode);
    else if (owner && owner.kind !== 'OPD') at(r, 'unitCode', 'notOpd', r.unitCode);
    const reporting = r.reportingUnit ? unitByCode.get(r.reportingUnit) : null;
    if (r.reportingUnit && !reporting) at(r, 'reportingUnit', 'notFound', r.reportingUnit);
    const unknown = (r.operators ?? []).filter((name) => !userByName.has(name));
    if (unknown.length > 0) at(r, 'operators', 'notFound', unknown.join(', '));
    if (problemsOf.get(r.row)!.length > 0) continue;
    const ownerKey = owner ? `ORG_UNIT:${owner.id}` : `TENANT:${tenantId}`;
    const planKey = `${r.kind}|${owner?.id ?? ''}|${r.startYear}`;
    const cardKey = `${ownerKey}|${r.year}`;
    keysOf.set(r.row, {
      planKey,
      ownerKey,
      cardKey,
      objectiveKey: `${cardKey}|${r.objectiveCode}`,
      ownerUnitId: owner?.id ?? null,
      reportingUnitId: reporting?.id ?? owner?.id ?? null,
      operatorIds: r.operators?.map((name) => userByName.get(name)!) ?? null,
    });
  }

  // Rows that must agree: a plan's years and tujuan, a scorecard's plan and perspective weights,
  // an objective's wording, weight and tujuan; an indicator code once per scorecard.
  const firstOf = new Map<string, PlanRow>();
  const agree = (
    key: string,
    r: PlanRow,
    column: Parameters<typeof planHeader>[0],
    same: (first: PlanRow) => boolean,
  ) => {
    const first = firstOf.get(key);
    if (!first) firstOf.set(key, r);
    else if (!same(first))
      at(r, column, 'inconsistent', (r as unknown as Record<string, unknown>)[column] as string);
  };
  const weightsOfCard = new Map<string, Map<Perspective, { weight: number; rows: PlanRow[] }>>();
  for (const r of good) {
    const k = keysOf.get(r.row);
    if (!k) continue;
    agree(`plan|${k.planKey}`, r, 'endYear', (f) => f.endYear === r.endYear);
    agree(`goal|${k.planKey}|${r.goalCode}`, r, 'goal', (f) => f.goal === r.goal);
    agree(`card|${k.cardKey}`, r, 'startYear', (f) => f.startYear === r.startYear && f.kind === r.kind);
    agree(`objective|${k.objectiveKey}`, r, 'objective', (f) => f.objective === r.objective);
    agree(
      `objective-perspective|${k.objectiveKey}`,
      r,
      'perspective',
      (f) => f.perspective === r.perspective,
    );
    agree(
      `objective-weight|${k.objectiveKey}`,
      r,
      'objectiveWeight',
      (f) => f.objectiveWeight === r.objectiveWeight,
    );
    agree(`objective-goal|${k.objectiveKey}`, r, 'goalCode', (f) => f.goalCode === r.goalCode);
    agree(`indicator|${k.cardKey}|${r.code}`, r, 'code', () => false);
    if (r.perspectiveWeight !== null) {
      const weights = weightsOfCard.get(k.cardKey) ?? new Map();
      weightsOfCard.set(k.cardKey, weights);
      const given = weights.get(r.perspective);
      if (given && given.weight !== r.perspectiveWeight)
        at(r, 'perspectiveWeight', 'inconsistent', String(r.perspectiveWeight));
      else weights.set(r.perspective, { weight: r.perspectiveWeight, rows: [...(given?.rows ?? []), r] });
    }
  }
  // The duplicate check above flags every repeat of a code as `inconsistent`: call it what it is.
  for (const problems of problemsOf.values())
    for (const p of problems)
      if (p.rule === 'inconsistent' && p.column === planHeader('code')) p.rule = 'duplicate';

  // What the tenant holds, by the same keys.
  const planByKey = new Map(loaded.plans.map((p) => [`${p.kind}|${p.orgUnitId ?? ''}|${p.startYear}`, p]));
  const cardByKey = new Map(loaded.scorecards.map((c) => [`${c.ownerKey}|${c.year}`, c]));
  const cardById = new Map(loaded.scorecards.map((c) => [c.id, c]));
  const objectiveByKey = new Map<string, Loaded['objectives'][number]>(
    loaded.objectives.flatMap((o) => {
      const card = cardById.get(o.scorecardId);
      return card ? [[`${card.ownerKey}|${card.year}|${o.code}`, o] as const] : [];
    }),
  );
  const indicatorsByKey = new Map<string, Loaded['indicators']>();
  for (const i of loaded.indicators) {
    const card = cardById.get(i.objective.scorecardId);
    if (card) push(indicatorsByKey, `${card.ownerKey}|${card.year}|${i.code}`, i);
  }
  const targetsOf = new Map<string, MonthTarget[]>();
  for (const t of [...loaded.targets].sort((a, b) => a.month - b.month))
    push(targetsOf, `${t.indicatorId}|${t.year}`, t);
  const planTargetsOf = new Map<string, Loaded['planTargets']>();
  for (const t of [...loaded.planTargets].sort((a, b) => a.year - b.year))
    push(planTargetsOf, t.indicatorId, t);
  const operatorsOf = new Map<string, string[]>();
  for (const o of loaded.operators) push(operatorsOf, o.indicatorId, o.userId);
  const signedCards = new Set(loaded.signed.map((s) => s.scorecardId));

  // A scorecard's perspective weights once the file's are in: they must add up to 100.
  const weightPlan = new Map<string, Map<Perspective, number>>();
  for (const [cardKey, given] of weightsOfCard) {
    const card = cardByKey.get(cardKey);
    const merged = new Map<Perspective, number>(
      PERSPECTIVE_ORDER.map((p) => [
        p,
        given.get(p)?.weight ?? card?.perspectives.find((c) => c.perspective === p)?.weight ?? 0,
      ]),
    );
    // The admin's rule for perspective weights, applied to the merged four.
    const problem = perspectiveWeightsProblem(
      [...merged].map(([perspective]) => ({ perspective, weight: 0 })),
      [...merged].map(([perspective, weight]) => ({ perspective, weight })),
    );
    if (problem)
      for (const { rows } of given.values())
        for (const r of rows) at(r, 'perspectiveWeight', 'sumTo100', String(r.perspectiveWeight));
    else weightPlan.set(cardKey, merged);
  }

  // Each row's outcome: created with its indicator, updated when anything it states differs.
  const results: RowResult[] = [];
  const writes: RowWrite[] = [];
  for (const { sheetRow, row: r } of parsed) {
    const problems = problemsOf.get(sheetRow.row)!;
    const k = r ? keysOf.get(r.row) : undefined;
    const key = `${(sheetRow.values as Record<string, string | null>).unitCode ?? '-'}/${(sheetRow.values as Record<string, string | null>).code ?? ''}`;
    if (!r || !k || problems.length > 0) {
      results.push(rowResult(sheetRow.row, key, problems, 'CREATED'));
      continue;
    }
    const plan = planByKey.get(k.planKey);
    const goal = plan?.goals.find((g) => g.code === r.goalCode);
    const card = cardByKey.get(k.cardKey);
    const objective = objectiveByKey.get(k.objectiveKey);
    const found = indicatorsByKey.get(`${k.cardKey}|${r.code}`) ?? [];
    if (found.length > 1) at(r, 'code', 'ambiguous', r.code);
    const indicator = found[0];
    const perspectiveOf = (p: Perspective) => card?.perspectives.find((c) => c.perspective === p);
    const planYearTargets = [...r.yearTargets].map(([year, t]) => ({ year, ...t }));
    const changes = {
      plan: !plan || plan.endYear !== r.endYear,
      goal: !goal || goal.name !== r.goal,
      card: !card || card.planId !== plan?.id,
      weights: [...(weightPlan.get(k.cardKey) ?? [])].some(([p, w]) => perspectiveOf(p)?.weight !== w),
      objective:
        !objective ||
        objective.name !== r.objective ||
        objective.weight !== r.objectiveWeight ||
        objective.perspectiveId !== perspectiveOf(r.perspective)?.id ||
        objective.goalId !== (goal?.id ?? null),
      indicator:
        !indicator ||
        indicator.objectiveId !== objective?.id ||
        indicator.orgUnitId !== k.reportingUnitId ||
        indicator.name !== r.name ||
        indicator.unit !== r.unit ||
        indicator.polarity !== r.polarity ||
        indicator.aggregation !== r.aggregation ||
        indicator.frequency !== r.frequency ||
        indicator.weight !== r.weight ||
        indicator.formula !== r.formula ||
        indicator.baseline !== r.baseline,
      targets: !indicator || !sameTargets(targetsOf.get(`${indicator.id}|${r.year}`) ?? [], r.periodTargets),
      planTargets: !indicator || !sameTargets(planTargetsOf.get(indicator.id) ?? [], planYearTargets),
      operators:
        r.operators !== null && (!indicator || !sameIds(operatorsOf.get(indicator.id) ?? [], k.operatorIds!)),
    };
    if (card && signedCards.has(card.id) && (changes.targets || !indicator))
      at(
        r,
        r.periodTargets.length > 0 ? (`target${r.year - r.startYear + 1}` as never) : 'code',
        'agreementSigned',
        null,
      );
    const changed = Object.values(changes).some(Boolean);
    results.push(rowResult(r.row, key, problems, !indicator ? 'CREATED' : changed ? 'UPDATED' : 'UNCHANGED'));
    if (problems.length === 0 && changed)
      writes.push({ row: r, keys: k, indicatorId: indicator?.id ?? null, changes, planYearTargets });
  }
  const filledCards = cardKeysInFile(keysOf);
  const listed = new Set(good.map((r) => `${keysOf.get(r.row)?.cardKey}|${r.code}`));
  const unitCodeOf = new Map(loaded.units.map((u) => [u.id, u.code]));
  return {
    rows: results,
    notInFile: [...indicatorsByKey.entries()]
      .filter(([key]) => filledCards.has(key.split('|').slice(0, 2).join('|')) && !listed.has(key))
      .map(([key]) => {
        const [owner, , code] = key.split('|');
        const unitId = owner!.startsWith('ORG_UNIT:') ? owner!.slice('ORG_UNIT:'.length) : null;
        return `${(unitId && unitCodeOf.get(unitId)) || '-'}/${code}`;
      }),
    write: (tx) => writePlans(tx, tenantId, loaded, writes, weightPlan),
  } satisfies ImportPlan;
};

/** The scorecards the file fills: only their indicators can be missing from it. */
const cardKeysInFile = (keysOf: Map<number, RowKeys>) => new Set([...keysOf.values()].map((k) => k.cardKey));

interface RowWrite {
  row: PlanRow;
  keys: RowKeys;
  indicatorId: string | null;
  changes: Record<
    | 'plan'
    | 'goal'
    | 'card'
    | 'weights'
    | 'objective'
    | 'indicator'
    | 'targets'
    | 'planTargets'
    | 'operators',
    boolean
  >;
  planYearTargets: ({ year: number } & TargetCell)[];
}

const firstByKey = <T>(items: readonly T[], keyOf: (item: T) => string) => {
  const first = new Map<string, T>();
  for (const item of items) if (!first.has(keyOf(item))) first.set(keyOf(item), item);
  return [...first.values()];
};

async function writePlans(
  tx: Prisma.TransactionClient,
  tenantId: string,
  loaded: Loaded,
  writes: RowWrite[],
  weightPlan: Map<string, Map<Perspective, number>>,
): Promise<void> {
  const unitName = new Map(loaded.units.map((u) => [u.id, u.shortName]));
  const ownerName = (w: RowWrite) =>
    w.keys.ownerUnitId ? unitName.get(w.keys.ownerUnitId)! : loaded.tenant.shortName;

  // Plans: new ones, and the last year of a known one.
  const planIds = new Map(loaded.plans.map((p) => [`${p.kind}|${p.orgUnitId ?? ''}|${p.startYear}`, p.id]));
  const plans = firstByKey(writes, (w) => w.keys.planKey);
  const newPlans = plans.filter((w) => !planIds.has(w.keys.planKey));
  if (newPlans.length > 0) {
    const created = await tx.plan.createManyAndReturn({
      data: newPlans.map((w) => ({
        tenantId,
        orgUnitId: w.keys.ownerUnitId,
        kind: w.row.kind,
        name: `${w.row.kind === 'RPJMD' ? 'RPJMD' : 'Renstra'} ${ownerName(w)} ${w.row.startYear}–${w.row.endYear}`,
        startYear: w.row.startYear,
        endYear: w.row.endYear,
        vision: '',
      })),
      select: { id: true, kind: true, orgUnitId: true, startYear: true },
    });
    for (const p of created) planIds.set(`${p.kind}|${p.orgUnitId ?? ''}|${p.startYear}`, p.id);
  }
  for (const w of plans.filter(
    (p) => p.changes.plan && loaded.plans.some((l) => l.id === planIds.get(p.keys.planKey)),
  ))
    await tx.plan.update({ where: { id: planIds.get(w.keys.planKey)! }, data: { endYear: w.row.endYear } });

  // Tujuan.
  const goalIds = new Map(
    loaded.plans.flatMap((p) => p.goals.map((g) => [`${p.id}|${g.code}`, g.id] as const)),
  );
  const goals = firstByKey(
    writes.filter((w) => w.changes.goal),
    (w) => `${w.keys.planKey}|${w.row.goalCode}`,
  ).map((w) => ({ planId: planIds.get(w.keys.planKey)!, code: w.row.goalCode, name: w.row.goal }));
  const newGoals = goals.filter((g) => !goalIds.has(`${g.planId}|${g.code}`));
  if (newGoals.length > 0)
    for (const g of await tx.planGoal.createManyAndReturn({
      data: newGoals,
      select: { id: true, planId: true, code: true },
    }))
      goalIds.set(`${g.planId}|${g.code}`, g.id);
  const renamed = goals.filter((g) => goalIds.has(`${g.planId}|${g.code}`) && !newGoals.includes(g));
  if (renamed.length > 0)
    await tx.$executeRaw`
      UPDATE "PlanGoal" AS g SET name = v.name
      FROM unnest(${renamed.map((g) => goalIds.get(`${g.planId}|${g.code}`)!)}::uuid[], ${renamed.map((g) => g.name)}::text[]) AS v(id, name)
      WHERE g.id = v.id`;

  // Scorecards with their four perspectives; the plan of a known one.
  const cards = new Map(loaded.scorecards.map((c) => [`${c.ownerKey}|${c.year}`, c]));
  const cardWrites = firstByKey(writes, (w) => w.keys.cardKey);
  const newCards = cardWrites.filter((w) => !cards.has(w.keys.cardKey));
  if (newCards.length > 0) {
    const created = await tx.scorecard.createManyAndReturn({
      data: newCards.map((w) => ({
        tenantId,
        planId: planIds.get(w.keys.planKey)!,
        ownerKind: w.keys.ownerUnitId ? ('ORG_UNIT' as const) : ('TENANT' as const),
        ownerKey: w.keys.ownerKey,
        orgUnitId: w.keys.ownerUnitId,
        year: w.row.year,
        name: `${w.keys.ownerUnitId ? 'Kinerja' : 'IKU'} ${ownerName(w)} ${w.row.year}`,
      })),
      select: { id: true, ownerKey: true, year: true, planId: true },
    });
    const perspectives = await tx.scorecardPerspective.createManyAndReturn({
      data: created.flatMap((c) => {
        const given = weightPlan.get(`${c.ownerKey}|${c.year}`);
        return PERSPECTIVE_ORDER.map((perspective) => ({
          scorecardId: c.id,
          perspective,
          weight: given ? given.get(perspective)! : EVEN_WEIGHT,
        }));
      }),
      select: { id: true, scorecardId: true, perspective: true, weight: true },
    });
    for (const c of created)
      cards.set(`${c.ownerKey}|${c.year}`, {
        ...c,
        perspectives: perspectives.filter((p) => p.scorecardId === c.id),
      });
  }
  const replanned = cardWrites.filter((w) => w.changes.card && !newCards.includes(w));
  for (const w of replanned)
    await tx.scorecard.update({
      where: { id: cards.get(w.keys.cardKey)!.id },
      data: { planId: planIds.get(w.keys.planKey)! },
    });
  const reweighed = cardWrites
    .filter((w) => w.changes.weights && !newCards.includes(w))
    .flatMap((w) => {
      const card = cards.get(w.keys.cardKey)!;
      return card.perspectives.map((p) => ({
        id: p.id,
        weight: weightPlan.get(w.keys.cardKey)!.get(p.perspective)!,
      }));
    });
  if (reweighed.length > 0)
    await tx.$executeRaw`
      UPDATE "ScorecardPerspective" AS p SET weight = v.weight
      FROM unnest(${reweighed.map((p) => p.id)}::uuid[], ${reweighed.map((p) => p.weight)}::float8[]) AS v(id, weight)
      WHERE p.id = v.id`;

  // Objectives (sasaran), in the file's order.
  const perspectiveId = (w: RowWrite) =>
    cards.get(w.keys.cardKey)!.perspectives.find((p) => p.perspective === w.row.perspective)!.id;
  const goalId = (w: RowWrite) => goalIds.get(`${planIds.get(w.keys.planKey)}|${w.row.goalCode}`) ?? null;
  const loadedCards = new Map(loaded.scorecards.map((c) => [c.id, c]));
  const objectiveIds = new Map<string, string>(
    loaded.objectives.flatMap((o) => {
      const card = loadedCards.get(o.scorecardId);
      return card ? [[`${card.ownerKey}|${card.year}|${o.code}`, o.id] as const] : [];
    }),
  );
  const objectiveWrites = firstByKey(
    writes.filter((w) => w.changes.objective),
    (w) => w.keys.objectiveKey,
  );
  const objectiveFields = (w: RowWrite) => ({
    perspectiveId: perspectiveId(w),
    goalId: goalId(w),
    name: w.row.objective,
    weight: w.row.objectiveWeight,
  });
  const newObjectives = objectiveWrites.filter((w) => !objectiveIds.has(w.keys.objectiveKey));
  if (newObjectives.length > 0)
    for (const o of await tx.objective.createManyAndReturn({
      data: newObjectives.map((w, i) => ({
        tenantId,
        scorecardId: cards.get(w.keys.cardKey)!.id,
        code: w.row.objectiveCode,
        sortOrder: w.row.row * 10 + i,
        ...objectiveFields(w),
      })),
      select: { id: true, code: true, scorecard: { select: { ownerKey: true, year: true } } },
    }))
      objectiveIds.set(`${o.scorecard.ownerKey}|${o.scorecard.year}|${o.code}`, o.id);
  const changedObjectives = objectiveWrites.filter((w) => !newObjectives.includes(w));
  if (changedObjectives.length > 0) {
    const f = changedObjectives.map(objectiveFields);
    await tx.$executeRaw`
      UPDATE "Objective" AS o SET "perspectiveId" = v.perspective, "goalId" = v.goal, name = v.name, weight = v.weight, "updatedAt" = now()
      FROM unnest(${changedObjectives.map((w) => objectiveIds.get(w.keys.objectiveKey)!)}::uuid[],
        ${f.map((o) => o.perspectiveId)}::uuid[], ${f.map((o) => o.goalId)}::uuid[], ${f.map((o) => o.name)}::text[],
        ${f.map((o) => o.weight)}::float8[]) AS v(id, perspective, goal, name, weight)
      WHERE o.id = v.id`;
  }

  // Indicators.
  const indicatorFields = (w: RowWrite) => ({
    objectiveId: objectiveIds.get(w.keys.objectiveKey)!,
    orgUnitId: w.keys.reportingUnitId,
    name: w.row.name,
    unit: w.row.unit,
    polarity: w.row.polarity,
    aggregation: w.row.aggregation,
    frequency: w.row.frequency,
    weight: w.row.weight,
    formula: w.row.formula,
    baseline: w.row.baseline,
  });
  const indicatorIds = new Map(writes.filter((w) => w.indicatorId).map((w) => [w.row.row, w.indicatorId!]));
  const newIndicators = writes.filter((w) => !w.indicatorId);
  if (newIndicators.length > 0) {
    // Raw multi-row inserts: thousands of rows through the query builder cost seconds to compile.
    const f = newIndicators.map(indicatorFields);
    const created = await tx.$queryRaw<{ id: string; objectiveId: string; code: string }[]>`
      INSERT INTO "Indicator" (id, "tenantId", "objectiveId", "orgUnitId", code, name, unit, polarity, aggregation,
        frequency, weight, formula, baseline, "sortOrder", "createdAt", "updatedAt")
      SELECT gen_random_uuid(), ${tenantId}::uuid, v.objective, v.unit_id, v.code, v.name, v.unit, v.polarity::"Polarity",
        v.aggregation::"Aggregation", v.frequency::"Frequency", v.weight, v.formula, v.baseline, v.sort, now(), now()
      FROM unnest(${f.map((i) => i.objectiveId)}::uuid[], ${f.map((i) => i.orgUnitId)}::uuid[],
        ${newIndicators.map((w) => w.row.code)}::text[], ${f.map((i) => i.name)}::text[], ${f.map((i) => i.unit)}::text[],
        ${f.map((i) => i.polarity)}::text[], ${f.map((i) => i.aggregation)}::text[], ${f.map((i) => i.frequency)}::text[],
        ${f.map((i) => i.weight)}::float8[], ${f.map((i) => i.formula)}::text[], ${f.map((i) => i.baseline)}::float8[],
        ${newIndicators.map((w) => w.row.row)}::int[])
        AS v(objective, unit_id, code, name, unit, polarity, aggregation, frequency, weight, formula, baseline, sort)
      RETURNING id, "objectiveId", code`;
    const idOf = new Map(created.map((c) => [`${c.objectiveId}|${c.code}`, c.id]));
    for (const w of newIndicators)
      indicatorIds.set(w.row.row, idOf.get(`${objectiveIds.get(w.keys.objectiveKey)}|${w.row.code}`)!);
  }
  const changedIndicators = writes.filter((w) => w.indicatorId && w.changes.indicator);
  if (changedIndicators.length > 0) {
    const f = changedIndicators.map(indicatorFields);
    await tx.$executeRaw`
      UPDATE "Indicator" AS i SET "objectiveId" = v.objective, "orgUnitId" = v.unit_id, name = v.name, unit = v.unit,
        polarity = v.polarity::"Polarity", aggregation = v.aggregation::"Aggregation", frequency = v.frequency::"Frequency",
        weight = v.weight, formula = v.formula, baseline = v.baseline, "updatedAt" = now()
      FROM unnest(${changedIndicators.map((w) => w.indicatorId!)}::uuid[], ${f.map((i) => i.objectiveId)}::uuid[],
        ${f.map((i) => i.orgUnitId)}::uuid[], ${f.map((i) => i.name)}::text[], ${f.map((i) => i.unit)}::text[],
        ${f.map((i) => i.polarity)}::text[], ${f.map((i) => i.aggregation)}::text[], ${f.map((i) => i.frequency)}::text[],
        ${f.map((i) => i.weight)}::float8[], ${f.map((i) => i.formula)}::text[], ${f.map((i) => i.baseline)}::float8[])
        AS v(id, objective, unit_id, name, unit, polarity, aggregation, frequency, weight, formula, baseline)
      WHERE i.id = v.id`;
  }

  // Targets of the year, the plan's yearly targets, operators: each replaced where it changed.
  const idOfRow = (w: RowWrite) => indicatorIds.get(w.row.row)!;
  const retargeted = writes.filter((w) => w.changes.targets);
  if (retargeted.length > 0) {
    await tx.$executeRaw`
      DELETE FROM "Target" AS t USING unnest(${retargeted.map(idOfRow)}::uuid[],
        ${retargeted.map((w) => w.row.year)}::int[]) AS v(id, year)
      WHERE t."indicatorId" = v.id AND t.year = v.year`;
    const targets = retargeted.flatMap((w) =>
      w.row.periodTargets.map((t) => ({ indicatorId: idOfRow(w), year: w.row.year, ...t })),
    );
    await tx.$executeRaw`
      INSERT INTO "Target" (id, "indicatorId", year, month, value, low, high)
      SELECT gen_random_uuid(), v.* FROM unnest(${targets.map((t) => t.indicatorId)}::uuid[],
        ${targets.map((t) => t.year)}::int[], ${targets.map((t) => t.month)}::int[], ${targets.map((t) => t.value)}::float8[],
        ${targets.map((t) => t.low)}::float8[], ${targets.map((t) => t.high)}::float8[]) AS v(i, y, m, v, l, h)`;
  }
  const replanTargets = writes.filter((w) => w.changes.planTargets);
  if (replanTargets.length > 0) {
    await tx.$executeRaw`DELETE FROM "PlanTarget" WHERE "indicatorId" = ANY(${replanTargets.map(idOfRow)}::uuid[])`;
    const targets = replanTargets.flatMap((w) =>
      w.planYearTargets.map((t) => ({ indicatorId: idOfRow(w), ...t })),
    );
    await tx.$executeRaw`
      INSERT INTO "PlanTarget" ("indicatorId", year, value, low, high)
      SELECT * FROM unnest(${targets.map((t) => t.indicatorId)}::uuid[], ${targets.map((t) => t.year)}::int[],
        ${targets.map((t) => t.value)}::float8[], ${targets.map((t) => t.low)}::float8[], ${targets.map((t) => t.high)}::float8[])`;
  }
  const reassigned = writes.filter((w) => w.changes.operators);
  if (reassigned.length > 0) {
    await tx.$executeRaw`DELETE FROM "IndicatorOperator" WHERE "indicatorId" = ANY(${reassigned.map(idOfRow)}::uuid[])`;
    const pairs = reassigned.flatMap((w) =>
      w.keys.operatorIds!.map((userId) => ({ indicatorId: idOfRow(w), userId })),
    );
    await tx.$executeRaw`
      INSERT INTO "IndicatorOperator" ("indicatorId", "userId")
      SELECT * FROM unnest(${pairs.map((p) => p.indicatorId)}::uuid[], ${pairs.map((p) => p.userId)}::uuid[])`;
  }

  // Scores, figures and the board of every year the file touched, as a full rebuild makes them.
  for (const year of new Set(writes.map((w) => w.row.year))) await rebuildTenantYear(tx, tenantId, year);
}
