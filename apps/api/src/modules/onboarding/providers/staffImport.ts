// Plans and writes the Pegawai sheet: officials matched by NIP, each placed in the position its
// unit code and jabatan name (made when missing), under the position of the supervisor its
// "NIP atasan" names. Officials missing from the file are kept where they are.
import type { PositionLevel, Prisma } from '@ekinerja/db';
import { rowResult, type RowResult } from '../lib/importOutcome';
import { POSITION_LEVELS, STAFF } from '../lib/templates';
import type { WorkbookProblem } from '../lib/workbook';
import { problemsByRow, type ImportDb, type ImportPlan, type Planner } from './runImport';

const header = (key: (typeof STAFF.columns)[number]['key']) =>
  STAFF.columns.find((c) => c.key === key)!.header;

interface StaffRow {
  row: number;
  nip: string;
  name: string;
  golongan: string | null;
  title: string;
  level: PositionLevel | null;
  unitCode: string;
  supervisorNip: string | null;
}

async function loadTenant(db: ImportDb, tenantId: string, nips: string[]) {
  const [units, positions, officials] = await Promise.all([
    db.orgUnit.findMany({ where: { tenantId }, select: { id: true, code: true } }),
    db.position.findMany({
      where: { tenantId },
      select: { id: true, orgUnitId: true, title: true, level: true, parentPositionId: true },
    }),
    db.official.findMany({
      where: { OR: [{ tenantId }, { nip: { in: nips } }] },
      select: { id: true, tenantId: true, nip: true, name: true, golongan: true, positionId: true },
    }),
  ]);
  return { units, positions, officials };
}

/** A position's key: its unit and title (unique together). */
const keyOf = (orgUnitId: string, title: string) => `${orgUnitId}\u0000${title}`;

interface PositionPlan {
  key: string;
  id: string | null;
  orgUnitId: string;
  title: string;
  level: PositionLevel;
  /** The supervisor's position, by key; null for none. */
  parentKey: string | null;
}

export const planStaff: Planner = async (db, tenant, sheetRows, readProblems) => {
  const tenantId = tenant.tenantId;
  const readByRow = problemsByRow(readProblems);
  const rows: StaffRow[] = sheetRows.map(({ row, values: v }) => ({
    row,
    nip: v.nip ?? '',
    name: v.name ?? '',
    golongan: v.golongan ?? null,
    title: v.position ?? '',
    level: v.level ? (POSITION_LEVELS[v.level.toLowerCase()] ?? null) : null,
    unitCode: v.unitCode ?? '',
    supervisorNip: v.supervisorNip ?? null,
  }));
  const loaded = await loadTenant(
    db,
    tenantId,
    rows.map((r) => r.nip),
  );
  const unitOf = new Map(loaded.units.map((u) => [u.code, u.id]));
  const positionOf = new Map(loaded.positions.map((p) => [keyOf(p.orgUnitId, p.title), p]));
  const positionById = new Map(loaded.positions.map((p) => [p.id, p]));
  const officialOf = new Map(loaded.officials.map((o) => [o.nip, o]));
  const holderOf = new Map(loaded.officials.filter((o) => o.positionId).map((o) => [o.positionId!, o]));

  // First pass: each row's own problems and its position.
  const byNip = new Map<string, StaffRow>();
  const rowOfPosition = new Map<string, StaffRow>();
  const positionKeyOf = new Map<number, string>();
  const problemsOf = new Map<number, WorkbookProblem[]>();
  for (const r of rows) {
    const problems = [...(readByRow.get(r.row) ?? [])];
    problemsOf.set(r.row, problems);
    const at = (key: Parameters<typeof header>[0], rule: string, value: string | null) =>
      problems.push({ sheet: STAFF.sheet, row: r.row, column: header(key), rule, value });
    if (problems.some((p) => p.column === header('nip'))) continue;
    if (byNip.has(r.nip)) at('nip', 'duplicate', r.nip);
    else byNip.set(r.nip, r);
    const existing = officialOf.get(r.nip);
    if (existing && existing.tenantId !== tenantId) at('nip', 'otherTenant', r.nip);
    const orgUnitId = unitOf.get(r.unitCode);
    if (!orgUnitId) {
      if (!problems.some((p) => p.column === header('unitCode'))) at('unitCode', 'notFound', r.unitCode);
      continue;
    }
    const key = keyOf(orgUnitId, r.title);
    const taken = rowOfPosition.get(key);
    if (taken) {
      at('position', 'held', r.title);
      continue;
    }
    rowOfPosition.set(key, r);
    positionKeyOf.set(r.row, key);
  }
  // Someone already there who is not in the file keeps their position: a row cannot take it.
  for (const [key, r] of rowOfPosition) {
    const position = positionOf.get(key);
    const holder = position ? holderOf.get(position.id) : undefined;
    if (holder && holder.nip !== r.nip && !byNip.has(holder.nip))
      problemsOf.get(r.row)!.push({
        sheet: STAFF.sheet,
        row: r.row,
        column: header('position'),
        rule: 'held',
        value: r.title,
      });
  }

  const supervisorKey = (nip: string): string | null | undefined => {
    const inFile = byNip.get(nip);
    if (inFile) return positionKeyOf.get(inFile.row) ?? null;
    const official = officialOf.get(nip);
    if (!official || official.tenantId !== tenantId) return undefined;
    const position = official.positionId ? positionById.get(official.positionId) : undefined;
    return position ? keyOf(position.orgUnitId, position.title) : null;
  };

  const results: RowResult[] = [];
  const plans = new Map<string, PositionPlan>();
  const officials: { row: StaffRow; id: string | null; positionKey: string }[] = [];
  for (const r of rows) {
    const problems = problemsOf.get(r.row)!;
    const key = positionKeyOf.get(r.row);
    const existing = officialOf.get(r.nip);
    let parentKey: string | null = null;
    if (r.supervisorNip && key) {
      const found = supervisorKey(r.supervisorNip);
      if (found === undefined)
        problems.push({
          sheet: STAFF.sheet,
          row: r.row,
          column: header('supervisorNip'),
          rule: 'notFound',
          value: r.supervisorNip,
        });
      else if (found === null)
        problems.push({
          sheet: STAFF.sheet,
          row: r.row,
          column: header('supervisorNip'),
          rule: 'noPosition',
          value: r.supervisorNip,
        });
      else if (supervisesItself(r, byNip))
        problems.push({
          sheet: STAFF.sheet,
          row: r.row,
          column: header('supervisorNip'),
          rule: 'cycle',
          value: r.supervisorNip,
        });
      else parentKey = found;
    }
    let change: 'CREATED' | 'UPDATED' | 'UNCHANGED' = existing ? 'UNCHANGED' : 'CREATED';
    if (key && problems.length === 0) {
      const position = positionOf.get(key);
      const level = r.level ?? position?.level ?? 'STAFF';
      const currentParent = position?.parentPositionId
        ? positionById.get(position.parentPositionId)
        : undefined;
      const currentParentKey = currentParent ? keyOf(currentParent.orgUnitId, currentParent.title) : null;
      const positionChanged = !position || position.level !== level || currentParentKey !== parentKey;
      plans.set(key, {
        key,
        id: position?.id ?? null,
        orgUnitId: key.split('\u0000')[0]!,
        title: r.title,
        level,
        parentKey,
      });
      const officialChanged =
        !existing ||
        existing.name !== r.name ||
        existing.golongan !== r.golongan ||
        existing.positionId !== (position?.id ?? null);
      if (existing && (positionChanged || officialChanged)) change = 'UPDATED';
      if (!existing || officialChanged)
        officials.push({ row: r, id: existing?.id ?? null, positionKey: key });
    }
    results.push(rowResult(r.row, r.nip, problems, change));
  }
  const listed = new Set(rows.map((r) => r.nip));
  return {
    rows: results,
    notInFile: loaded.officials
      .filter((o) => o.tenantId === tenantId && !listed.has(o.nip))
      .map((o) => o.nip),
    write: (tx) => writeStaff(tx, tenantId, loaded, [...plans.values()], officials),
  } satisfies ImportPlan;
};

/** A supervisor chain through the file that comes back to the row. */
function supervisesItself(r: StaffRow, byNip: Map<string, StaffRow>): boolean {
  const seen = new Set([r.nip]);
  for (let nip = r.supervisorNip; nip; nip = byNip.get(nip)?.supervisorNip ?? null) {
    if (seen.has(nip)) return true;
    seen.add(nip);
  }
  return false;
}

async function writeStaff(
  tx: Prisma.TransactionClient,
  tenantId: string,
  loaded: Awaited<ReturnType<typeof loadTenant>>,
  plans: PositionPlan[],
  officials: { row: StaffRow; id: string | null; positionKey: string }[],
): Promise<void> {
  const idOf = new Map(loaded.positions.map((p) => [keyOf(p.orgUnitId, p.title), p.id]));
  const fresh = plans.filter((p) => !p.id);
  if (fresh.length > 0) {
    const last = await tx.position.groupBy({
      by: ['orgUnitId'],
      where: { orgUnitId: { in: [...new Set(fresh.map((p) => p.orgUnitId))] } },
      _max: { sortOrder: true },
    });
    const next = new Map(last.map((l) => [l.orgUnitId, l._max.sortOrder ?? 0]));
    const created = await tx.position.createManyAndReturn({
      data: fresh.map((p) => {
        const sortOrder = (next.get(p.orgUnitId) ?? 0) + 1;
        next.set(p.orgUnitId, sortOrder);
        return { tenantId, orgUnitId: p.orgUnitId, title: p.title, level: p.level, sortOrder };
      }),
      select: { id: true, orgUnitId: true, title: true },
    });
    for (const p of created) idOf.set(keyOf(p.orgUnitId, p.title), p.id);
  }
  // Level and supervisor of every position a row names (new ones get theirs here too).
  const current = new Map(loaded.positions.map((p) => [p.id, p]));
  const changed = plans
    .map((p) => ({
      id: idOf.get(p.key)!,
      level: p.level,
      parentId: p.parentKey ? idOf.get(p.parentKey)! : null,
    }))
    .filter((p) => {
      const was = current.get(p.id);
      return !was || was.level !== p.level || was.parentPositionId !== p.parentId;
    });
  if (changed.length > 0)
    await tx.$executeRaw`
      UPDATE "Position" AS p SET level = v.level::"PositionLevel", "parentPositionId" = v.parent
      FROM unnest(${changed.map((p) => p.id)}::uuid[], ${changed.map((p) => p.level)}::text[],
        ${changed.map((p) => p.parentId)}::uuid[]) AS v(id, level, parent)
      WHERE p.id = v.id`;
  const updates = officials.filter((o) => o.id);
  if (updates.length > 0) {
    const ids = updates.map((o) => o.id!);
    // Everyone moving lets go first, so two officials can swap positions in one import.
    await tx.$executeRaw`UPDATE "Official" SET "positionId" = NULL WHERE id = ANY(${ids}::uuid[])`;
    await tx.$executeRaw`
      UPDATE "Official" AS o SET name = v.name, golongan = v.golongan, "positionId" = v.position, "updatedAt" = now()
      FROM unnest(${ids}::uuid[], ${updates.map((o) => o.row.name)}::text[], ${updates.map((o) => o.row.golongan)}::text[],
        ${updates.map((o) => idOf.get(o.positionKey)!)}::uuid[]) AS v(id, name, golongan, position)
      WHERE o.id = v.id`;
  }
  const creates = officials.filter((o) => !o.id);
  if (creates.length > 0)
    await tx.official.createMany({
      data: creates.map((o) => ({
        tenantId,
        nip: o.row.nip,
        name: o.row.name,
        golongan: o.row.golongan,
        positionId: idOf.get(o.positionKey)!,
      })),
    });
}
