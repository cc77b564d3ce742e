// The lists a scoreboard shows beside its figures, each read only when a client asks for it: the
// indicators in red, the open problems and the latest changes inside the scope.
import { Prisma, type PrismaClient } from '@ekinerja/db';
import type { Scope } from '../../org/providers/readableScope';

interface AtRiskRow {
  indicatorId: string;
  code: string;
  name: string;
  unit: string;
  orgUnitId: string | null;
  tenantId: string;
  score: number | null;
}

/** The scope's RED indicators for the month, worst first. */
export async function atRiskIndicators(
  prisma: PrismaClient,
  scope: Scope,
  year: number,
  month: number,
): Promise<AtRiskRow[]> {
  const filter =
    scope.type === 'Tenant'
      ? Prisma.sql`s."tenantId" = ${scope.row.id}::uuid`
      : Prisma.sql`i."orgUnitId" IN (SELECT id FROM "OrgUnit" WHERE "ancestorIds" @> ARRAY[${scope.row.id}])`;
  return prisma.$queryRaw<AtRiskRow[]>`
    SELECT i.id AS "indicatorId", i.code, i.name, i.unit, i."orgUnitId", i."tenantId", s.score
    FROM "ScoreSnapshot" s
    JOIN "Indicator" i ON i.id = s."nodeId"
    WHERE s."nodeKind" = 'INDICATOR' AND s.year = ${year} AND s.month = ${month} AND s.band = 'RED' AND ${filter}
    ORDER BY s.score ASC NULLS LAST, i.name
    LIMIT 10`;
}

/** The scope's ten most severe unresolved problems, newest first within a severity. */
export function openIssues(prisma: PrismaClient, scope: Scope) {
  return prisma.issue.findMany({
    where: {
      status: { not: 'RESOLVED' },
      ...(scope.type === 'Tenant'
        ? { tenantId: scope.row.id }
        : { orgUnit: { ancestorIds: { has: scope.row.id } } }),
    },
    orderBy: [{ severity: 'desc' }, { createdAt: 'desc' }],
    take: 10,
  });
}

/** The scope's fifteen latest changes. */
export function latestActivity(prisma: PrismaClient, scope: Scope) {
  return prisma.changeEvent.findMany({
    where: { scopeIds: { has: scope.row.id } },
    orderBy: { seq: 'desc' },
    take: 15,
    include: { actor: { select: { displayName: true } } },
  });
}
