// Plans and writes the Organisasi sheet: units matched by code inside the tenant, each under the
// parent its code names (in the file or already there), of the kind that parent takes, with its
// head position. Existing units are renamed, never moved; units missing from the file are kept.
import type { OrgUnitKind, Prisma } from '@ekinerja/db';
import { childUnitKind } from '../../orgAdmin/lib/orgInputs';
import { rowResult, type RowResult } from '../lib/importOutcome';
import { HEAD_LEVEL, ORGANISATION, REGION_KINDS, UNIT_KINDS } from '../lib/templates';
import type { WorkbookProblem } from '../lib/workbook';
import { planRegions, type RegionRow } from './regionImport';
import { problemsByRow, type ImportDb, type ImportPlan, type Planner } from './runImport';

const header = (key: (typeof ORGANISATION.columns)[number]['key']) =>
  ORGANISATION.columns.find((c) => c.key === key)!.header;

interface UnitRow {
  row: number;
  code: string;
  parentCode: string | null;
  name: string;
  shortName: string;
  kind: OrgUnitKind;
  head: string | null;
}

interface ExistingUnit {
  id: string;
  code: string;
  parentId: string | null;
  kind: OrgUnitKind;
  name: string;
  shortName: string;
  ancestorIds: string[];
}

/** A unit to create, parents before children; its id is known once its level is written. */
interface NewUnit extends UnitRow {
  depth: number;
}

async function loadTenant(db: ImportDb, tenantId: string) {
  const [units, positions, lastSort, years] = await Promise.all([
    db.orgUnit.findMany({
      where: { tenantId },
      select: {
        id: true,
        code: true,
        parentId: true,
        kind: true,
        name: true,
        shortName: true,
        ancestorIds: true,
      },
    }),
    db.position.findMany({
      where: { tenantId },
      select: { id: true, orgUnitId: true, title: true, level: true },
    }),
    db.orgUnit.groupBy({ by: ['parentId'], where: { tenantId }, _max: { sortOrder: true } }),
    db.scopeMonthStats.findMany({ where: { tenantId }, distinct: ['year'], select: { year: true } }),
  ]);
  return { units, positions, lastSort, years: years.map((y) => y.year) };
}

type Loaded = Awaited<ReturnType<typeof loadTenant>>;

/** Why a row cannot be placed: its parent, its kind under that parent, a cycle, a move. */
function placementProblems(
  r: UnitRow,
  at: (column: string, rule: string, value: string | null) => WorkbookProblem,
  inFile: Map<string, UnitRow>,
  existing: Map<string, ExistingUnit>,
  byId: Map<string, ExistingUnit>,
  regionCodes: ReadonlySet<string>,
): WorkbookProblem[] {
  const problems: WorkbookProblem[] = [];
  // A kabupaten/kota holds its own OPDs: they are imported into it, not under it here.
  if (r.parentCode && regionCodes.has(r.parentCode)) return [at(header('kind'), 'kindUnderParent', r.kind)];
  const parent = r.parentCode ? (inFile.get(r.parentCode) ?? existing.get(r.parentCode)) : null;
  if (r.parentCode && !parent) return [at(header('parentCode'), 'notFound', r.parentCode)];
  // Following parents through the file must end at the tenant or at a unit already there.
  const seen = new Set([r.code]);
  for (let code = r.parentCode; code && inFile.has(code) && !existing.has(code);) {
    if (seen.has(code)) return [at(header('parentCode'), 'cycle', r.parentCode)];
    seen.add(code);
    code = inFile.get(code)!.parentCode;
  }
  if (childUnitKind(parent?.kind ?? 'TENANT') !== r.kind)
    problems.push(at(header('kind'), 'kindUnderParent', r.kind));
  const current = existing.get(r.code);
  if (current) {
    const currentParent = current.parentId ? (byId.get(current.parentId)?.code ?? null) : null;
    if (currentParent !== r.parentCode) problems.push(at(header('parentCode'), 'cannotMove', r.parentCode));
  }
  return problems;
}

export const planOrganisation: Planner = async (db, tenant, sheetRows, readProblems) => {
  const tenantId = tenant.tenantId;
  const loaded = await loadTenant(db, tenantId);
  const existing = new Map(loaded.units.map((u) => [u.code, u]));
  const byId = new Map(loaded.units.map((u) => [u.id, u]));
  const readByRow = problemsByRow(readProblems);
  const positionsOf = new Map<string, Loaded['positions']>();
  for (const p of loaded.positions) {
    if (!positionsOf.has(p.orgUnitId)) positionsOf.set(p.orgUnitId, []);
    positionsOf.get(p.orgUnitId)!.push(p);
  }
  const all = sheetRows.map(({ row, values: v }) => ({
    row,
    code: v.code ?? '',
    parentCode: v.parentCode ?? null,
    name: v.name ?? '',
    shortName: v.shortName ?? (v.name ?? '').slice(0, 60),
    kindText: (v.kind ?? '').toLowerCase(),
    head: v.head ?? null,
  }));
  const duplicates = new Set<number>();
  const codes = new Set<string>();
  for (const r of all) {
    if (codes.has(r.code)) duplicates.add(r.row);
    codes.add(r.code);
  }
  const regionRows: RegionRow[] = all
    .filter((r) => REGION_KINDS[r.kindText])
    .map(({ kindText, ...r }) => ({ ...r, kind: REGION_KINDS[kindText]! }));
  const regionCodes = new Set(regionRows.map((r) => r.code));
  const rows: UnitRow[] = all
    .filter((r) => !REGION_KINDS[r.kindText])
    .map(({ kindText, ...r }) => ({ ...r, kind: UNIT_KINDS[kindText] ?? 'OPD' }));
  const inFile = new Map<string, UnitRow>();
  for (const r of rows) {
    if (!duplicates.has(r.row) && !readByRow.get(r.row)?.some((p) => p.column === header('code')))
      inFile.set(r.code, r);
  }

  const results: RowResult[] = [];
  const creates: UnitRow[] = [];
  const renames: { id: string; name: string; shortName: string }[] = [];
  const headCreates: { orgUnitCode: string; title: string; kind: OrgUnitKind }[] = [];
  const headRenames: { id: string; title: string }[] = [];
  for (const r of rows) {
    const at = (column: string, rule: string, value: string | null): WorkbookProblem => ({
      sheet: ORGANISATION.sheet,
      row: r.row,
      column,
      rule,
      value,
    });
    const problems = [...(readByRow.get(r.row) ?? [])];
    if (duplicates.has(r.row)) problems.push(at(header('code'), 'duplicate', r.code));
    if (problems.length === 0)
      problems.push(...placementProblems(r, at, inFile, existing, byId, regionCodes));
    const current = existing.get(r.code);
    let change: 'CREATED' | 'UPDATED' | 'UNCHANGED' = current ? 'UNCHANGED' : 'CREATED';
    if (!current) creates.push(r);
    else if (current.name !== r.name || current.shortName !== r.shortName) {
      change = 'UPDATED';
      renames.push({ id: current.id, name: r.name, shortName: r.shortName });
    }
    if (r.head) {
      const positions = current ? (positionsOf.get(current.id) ?? []) : [];
      const atLevel = positions.filter((p) => p.level === HEAD_LEVEL[r.kind]);
      if (!positions.some((p) => p.title === r.head)) {
        if (current) change = 'UPDATED';
        // The unit's one head position is renamed; otherwise the head position is added.
        if (atLevel.length === 1) headRenames.push({ id: atLevel[0]!.id, title: r.head });
        else headCreates.push({ orgUnitCode: r.code, title: r.head, kind: r.kind });
      }
    }
    results.push(rowResult(r.row, r.code, problems, change));
  }
  const regions = await planRegions(
    db,
    tenantId,
    regionRows,
    (r) => [
      ...(readByRow.get(r.row) ?? []),
      ...(duplicates.has(r.row)
        ? [
            {
              sheet: ORGANISATION.sheet,
              row: r.row,
              column: header('code'),
              rule: 'duplicate',
              value: r.code,
            },
          ]
        : []),
    ],
    (r, column, rule, value) => ({
      sheet: ORGANISATION.sheet,
      row: r.row,
      column: header(column),
      rule,
      value,
    }),
  );
  const listed = new Set(rows.map((r) => r.code));
  return {
    rows: [...results, ...regions.results].sort((a, b) => a.row - b.row),
    notInFile: [...regions.notInFile, ...loaded.units.filter((u) => !listed.has(u.code)).map((u) => u.code)],
    write: async (tx) => {
      await writeOrganisation(tx, tenantId, loaded, { creates, renames, headCreates, headRenames });
      await regions.write(tx);
    },
  } satisfies ImportPlan;
};

/** The depth of each new unit: one more than its parent's (a unit already there is depth 0). */
function depthsOf(creates: readonly UnitRow[]): NewUnit[] {
  const byCode = new Map(creates.map((r) => [r.code, r]));
  const depth = (r: UnitRow): number => {
    const parent = r.parentCode ? byCode.get(r.parentCode) : undefined;
    return parent ? depth(parent) + 1 : 1;
  };
  return creates.map((r) => ({ ...r, depth: depth(r) })).sort((a, b) => a.depth - b.depth || a.row - b.row);
}

async function writeOrganisation(
  tx: Prisma.TransactionClient,
  tenantId: string,
  loaded: Loaded,
  changes: {
    creates: UnitRow[];
    renames: { id: string; name: string; shortName: string }[];
    headCreates: { orgUnitCode: string; title: string; kind: OrgUnitKind }[];
    headRenames: { id: string; title: string }[];
  },
): Promise<void> {
  const units = new Map(loaded.units.map((u) => [u.code, { id: u.id }]));
  const nextSort = new Map(loaded.lastSort.map((s) => [s.parentId, s._max.sortOrder ?? 0]));
  const created: string[] = [];
  const ancestorsOf = new Map(loaded.units.map((u) => [u.id, u.ancestorIds]));
  const levels = new Map<number, NewUnit[]>();
  for (const u of depthsOf(changes.creates)) levels.set(u.depth, [...(levels.get(u.depth) ?? []), u]);
  for (const level of levels.values()) {
    const data = level.map((u) => {
      const parentId = u.parentCode ? units.get(u.parentCode)!.id : null;
      const sortOrder = (nextSort.get(parentId) ?? 0) + 1;
      nextSort.set(parentId, sortOrder);
      return {
        tenantId,
        parentId,
        kind: u.kind,
        code: u.code,
        name: u.name,
        shortName: u.shortName,
        sortOrder,
        ancestorIds: [],
      };
    });
    const rows = await tx.orgUnit.createManyAndReturn({
      data,
      select: { id: true, code: true, parentId: true },
    });
    // The tenant first, then the unit's ancestors, then itself (what scope filters match on).
    const ancestors = rows.map((u) => {
      const parent = data.find((d) => d.code === u.code)!.parentId;
      const ancestorIds = [...(parent ? ancestorsOf.get(parent)! : [tenantId]), u.id];
      ancestorsOf.set(u.id, ancestorIds);
      units.set(u.code, { id: u.id });
      created.push(u.id);
      return ancestorIds.join(',');
    });
    await tx.$executeRaw`
      UPDATE "OrgUnit" AS u SET "ancestorIds" = string_to_array(v.ancestors, ',')
      FROM unnest(${rows.map((u) => u.id)}::uuid[], ${ancestors}::text[]) AS v(id, ancestors)
      WHERE u.id = v.id`;
  }
  if (created.length > 0 && loaded.years.length > 0)
    await tx.scopeMonthStats.createMany({
      data: created.flatMap((scopeId) =>
        loaded.years.flatMap((year) =>
          Array.from({ length: 12 }, (_, k) => ({ scopeId, tenantId, year, month: k + 1 })),
        ),
      ),
    });
  if (changes.renames.length > 0)
    await tx.$executeRaw`
      UPDATE "OrgUnit" AS u SET name = v.name, "shortName" = v.short, "updatedAt" = now()
      FROM unnest(${changes.renames.map((r) => r.id)}::uuid[], ${changes.renames.map((r) => r.name)}::text[],
        ${changes.renames.map((r) => r.shortName)}::text[]) AS v(id, name, short)
      WHERE u.id = v.id`;
  if (changes.headRenames.length > 0)
    await tx.$executeRaw`
      UPDATE "Position" AS p SET title = v.title
      FROM unnest(${changes.headRenames.map((r) => r.id)}::uuid[], ${changes.headRenames.map((r) => r.title)}::text[])
        AS v(id, title)
      WHERE p.id = v.id`;
  if (changes.headCreates.length > 0) {
    const ids = changes.headCreates.map((h) => units.get(h.orgUnitCode)!.id);
    const last = await tx.position.groupBy({
      by: ['orgUnitId'],
      where: { orgUnitId: { in: ids } },
      _max: { sortOrder: true },
    });
    const lastOf = new Map(last.map((l) => [l.orgUnitId, l._max.sortOrder ?? 0]));
    await tx.position.createMany({
      data: changes.headCreates.map((h, i) => ({
        tenantId,
        orgUnitId: ids[i]!,
        title: h.title,
        level: HEAD_LEVEL[h.kind],
        sortOrder: (lastOf.get(ids[i]!) ?? 0) + 1,
      })),
    });
  }
}
