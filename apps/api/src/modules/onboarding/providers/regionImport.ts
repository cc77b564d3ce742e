// The kabupaten/kota rows of a province's Organisasi sheet: governments of their own under the
// province, matched by tenant code, created with the province's clock and zero figures, renamed
// when their name changes. Their OPDs are imported into them (`--tenant <their code>`).
import type { Prisma, TenantKind } from '@ekinerja/db';
import { createTenantInput } from '../../orgAdmin/lib/orgInputs';
import { rowResult, type RowResult } from '../lib/importOutcome';
import type { WorkbookProblem } from '../lib/workbook';
import type { ImportDb } from './runImport';

export interface RegionRow {
  row: number;
  code: string;
  parentCode: string | null;
  name: string;
  shortName: string;
  kind: 'REGENCY' | 'CITY';
  head: string | null;
}

type At = (
  r: RegionRow,
  column: 'code' | 'parentCode' | 'kind' | 'head',
  rule: string,
  value: string | null,
) => WorkbookProblem;

export async function planRegions(
  db: ImportDb,
  tenantId: string,
  rows: readonly RegionRow[],
  problemsOf: (r: RegionRow) => WorkbookProblem[],
  at: At,
): Promise<{
  results: RowResult[];
  notInFile: string[];
  write: (tx: Prisma.TransactionClient) => Promise<void>;
}> {
  const [tenant, regions, years] = await Promise.all([
    db.tenant.findUniqueOrThrow({
      where: { id: tenantId },
      select: { kind: true, settings: { select: { timeZone: true } } },
    }),
    db.tenant.findMany({
      where: { OR: [{ parentId: tenantId }, { code: { in: rows.map((r) => r.code) } }] },
      select: { id: true, code: true, name: true, shortName: true, kind: true, parentId: true },
    }),
    db.scopeMonthStats.findMany({ where: { tenantId }, distinct: ['year'], select: { year: true } }),
  ]);
  const byCode = new Map(regions.map((t) => [t.code, t]));
  const results: RowResult[] = [];
  const creates: { code: string; name: string; shortName: string; kind: TenantKind }[] = [];
  const renames: { id: string; name: string; shortName: string }[] = [];
  for (const r of rows) {
    const problems = problemsOf(r);
    const current = byCode.get(r.code);
    if (problems.length === 0) {
      if (tenant.kind !== 'PROVINCE') problems.push(at(r, 'kind', 'regionOutsideProvince', r.kind));
      if (r.parentCode) problems.push(at(r, 'parentCode', 'regionHasNoParent', r.parentCode));
      if (!createTenantInput.shape.code.safeParse(r.code).success)
        problems.push(at(r, 'code', 'tenantCode', r.code));
      if (r.head) problems.push(at(r, 'head', 'notForRegion', r.head));
      if (current && current.parentId !== tenantId) problems.push(at(r, 'code', 'otherTenant', r.code));
      else if (current && current.kind !== r.kind) problems.push(at(r, 'kind', 'kindChanged', r.kind));
    }
    let change: 'CREATED' | 'UPDATED' | 'UNCHANGED' = 'UNCHANGED';
    if (!current) {
      change = 'CREATED';
      creates.push({ code: r.code, name: r.name, shortName: r.shortName, kind: r.kind });
    } else if (current.name !== r.name || current.shortName !== r.shortName) {
      change = 'UPDATED';
      renames.push({ id: current.id, name: r.name, shortName: r.shortName });
    }
    results.push(rowResult(r.row, r.code, problems, change));
  }
  const listed = new Set(rows.map((r) => r.code));
  return {
    results,
    notInFile: regions.filter((t) => t.parentId === tenantId && !listed.has(t.code)).map((t) => t.code),
    write: async (tx) => {
      if (creates.length > 0) {
        const created = await tx.tenant.createManyAndReturn({
          data: creates.map((c) => ({ ...c, parentId: tenantId })),
          select: { id: true },
        });
        // A kabupaten/kota keeps its province's clock (and reporting deadlines) until changed.
        await tx.tenantSettings.createMany({
          data: created.map((t) => ({
            tenantId: t.id,
            ...(tenant.settings ? { timeZone: tenant.settings.timeZone } : {}),
          })),
        });
        await tx.scopeMonthStats.createMany({
          data: created.flatMap((t) =>
            years.flatMap(({ year }) =>
              Array.from({ length: 12 }, (_, k) => ({ scopeId: t.id, tenantId: t.id, year, month: k + 1 })),
            ),
          ),
        });
      }
      if (renames.length > 0)
        await tx.$executeRaw`
          UPDATE "Tenant" AS t SET name = v.name, "shortName" = v.short, "updatedAt" = now()
          FROM unnest(${renames.map((r) => r.id)}::uuid[], ${renames.map((r) => r.name)}::text[],
            ${renames.map((r) => r.shortName)}::text[]) AS v(id, name, short)
          WHERE t.id = v.id`;
    },
  };
}
