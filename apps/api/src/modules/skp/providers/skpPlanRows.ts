// SKP plans as the module reads them: one include that brings the official, unit, RHK with their
// indicators and the appraisals, so a plan (or a unit's plans) costs a fixed number of queries.
import type { OrgUnit, Prisma, PrismaClient, SkpPeriod, SkpPredicate } from '@ekinerja/db';
import type { OfficialMapper } from '../../orgAdmin/schema.mappers';

type Db = PrismaClient | Prisma.TransactionClient;

export const PLAN_INCLUDE = {
  official: { include: { position: true } },
  orgUnit: true,
  results: {
    orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
    include: {
      indicators: { orderBy: { sortOrder: 'asc' } },
      links: true,
      parent: { select: { id: true, text: true } },
    },
  },
  evaluations: {
    orderBy: { period: 'asc' },
    include: {
      behaviours: { orderBy: { aspect: 'asc' } },
      realisations: true,
      ratedBy: { select: { displayName: true } },
    },
  },
} satisfies Prisma.SkpPlanInclude;

export type SkpPlanRow = Prisma.SkpPlanGetPayload<{ include: typeof PLAN_INCLUDE }> & {
  __typename: 'SkpPlan';
};
export type SkpRhkRow = SkpPlanRow['results'][number];
export type SkpEvaluationRow = SkpPlanRow['evaluations'][number];
export interface SkpAppraiseeRow {
  official: OfficialMapper;
  plan: SkpPlanRow | null;
}
export interface SkpDistributionRowModel {
  unit: OrgUnit;
  year: number;
  period: SkpPeriod;
  plans: number;
  rated: number;
  counts: { predicate: SkpPredicate; count: number }[];
}

const tagged = (row: Prisma.SkpPlanGetPayload<{ include: typeof PLAN_INCLUDE }>): SkpPlanRow => ({
  ...row,
  __typename: 'SkpPlan',
});

export async function planById(db: Db, id: string): Promise<SkpPlanRow | null> {
  const row = await db.skpPlan.findUnique({ where: { id }, include: PLAN_INCLUDE });
  return row ? tagged(row) : null;
}

export async function planOf(db: Db, officialId: string, year: number): Promise<SkpPlanRow | null> {
  const row = await db.skpPlan.findUnique({
    where: { officialId_year: { officialId, year } },
    include: PLAN_INCLUDE,
  });
  return row ? tagged(row) : null;
}

export async function plansWhere(db: Db, where: Prisma.SkpPlanWhereInput): Promise<SkpPlanRow[]> {
  const rows = await db.skpPlan.findMany({
    where,
    include: PLAN_INCLUDE,
    orderBy: [{ orgUnit: { sortOrder: 'asc' } }, { official: { name: 'asc' } }],
  });
  return rows.map(tagged);
}

/** The plan a write just changed (it exists: the write committed). */
export async function writtenPlan(db: Db, written: { id: string }): Promise<SkpPlanRow> {
  const plan = await planById(db, written.id);
  if (!plan) throw new Error(`SKP plan ${written.id} not found after writing`);
  return plan;
}
