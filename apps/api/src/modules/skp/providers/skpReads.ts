// Reading SKP: an official's plan (the official, the direct supervisor, or heads and leaders of the
// scope), the viewer's direct subordinates, a scope's plans and its predikat per OPD.
import type { Prisma, SkpPeriod, SkpPredicate } from '@ekinerja/db';
import { SKP_PREDICATES } from '@ekinerja/scoring';
import type { GraphQLContext } from '../../../context';
import { badInput, notFound } from '../../../errors';
import { fromScopeId } from '../../../ids';
import { subjectScope } from '../../org/providers/subjectScope';
import {
  officialWithPosition,
  relationTo,
  subordinatesOf,
  viewerOfficial,
  type OfficialWithPosition,
} from './skpPeople';
import {
  planOf,
  plansWhere,
  type SkpAppraiseeRow,
  type SkpDistributionRowModel,
  type SkpPlanRow,
} from './skpPlanRows';

type ReadContext = Pick<GraphQLContext, 'prisma' | 'viewer' | 'authorize'>;

/** The official's own plan and their supervisor's need no role; anyone else needs `readAppraisals` there. */
export async function authorizeSkpRead(
  ctx: ReadContext,
  official: OfficialWithPosition,
  orgUnitId: string | null,
): Promise<void> {
  if ((await relationTo(ctx, official)) !== 'OTHER') return;
  const scope = orgUnitId
    ? await subjectScope(ctx.prisma, 'OrgUnit', orgUnitId)
    : await subjectScope(ctx.prisma, 'Official', official.id);
  ctx.authorize('readAppraisals', scope?.scopeIds ?? [], `Official:${official.id}`);
}

export async function skpPlanFor(
  ctx: ReadContext,
  officialId: string,
  year: number,
): Promise<SkpPlanRow | null> {
  const official = await officialWithPosition(ctx.prisma, officialId);
  if (!official) throw badInput('officialId', 'notFound');
  const plan = await planOf(ctx.prisma, officialId, year);
  await authorizeSkpRead(ctx, official, plan?.orgUnitId ?? official.position?.orgUnitId ?? null);
  return plan;
}

export async function appraiseesOf(ctx: ReadContext, year: number): Promise<SkpAppraiseeRow[]> {
  const me = await viewerOfficial(ctx);
  if (!me) return [];
  const self = await officialWithPosition(ctx.prisma, me.officialId);
  if (!self) return [];
  const subordinates = await subordinatesOf(ctx.prisma, self);
  const plans = await plansWhere(ctx.prisma, { officialId: { in: subordinates.map((s) => s.id) }, year });
  const byOfficial = new Map(plans.map((p) => [p.officialId, p]));
  return subordinates.map((official) => ({ official, plan: byOfficial.get(official.id) ?? null }));
}

/** The plans' filter for a scope the viewer may read appraisals in. */
async function appraisalScope(ctx: ReadContext, scopeId: string): Promise<Prisma.SkpPlanWhereInput> {
  const { type, id } = fromScopeId(scopeId);
  const scope = await subjectScope(ctx.prisma, type, id);
  if (!scope) throw notFound('scope');
  ctx.authorize('readAppraisals', scope.scopeIds, `${type}:${id}`);
  return type === 'Tenant' ? { tenantId: id } : { orgUnit: { ancestorIds: { has: id } } };
}

export async function plansInScope(ctx: ReadContext, scopeId: string, year: number): Promise<SkpPlanRow[]> {
  return plansWhere(ctx.prisma, { ...(await appraisalScope(ctx, scopeId)), year });
}

/** Per OPD (the unit's second ancestor: tenant first, then its OPD), how the period's predikat fell. */
export async function distributionInScope(
  ctx: ReadContext,
  scopeId: string,
  year: number,
  period: SkpPeriod,
): Promise<SkpDistributionRowModel[]> {
  const where = await appraisalScope(ctx, scopeId);
  const plans = await ctx.prisma.skpPlan.findMany({
    where: { ...where, year },
    select: {
      orgUnit: { select: { ancestorIds: true } },
      evaluations: { where: { period }, select: { predicate: true } },
    },
  });
  const byOpd = new Map<string, { plans: number; predicates: SkpPredicate[] }>();
  for (const plan of plans) {
    const opdId = plan.orgUnit.ancestorIds[1];
    if (!opdId) continue;
    const entry = byOpd.get(opdId) ?? { plans: 0, predicates: [] };
    entry.plans += 1;
    const predicate = plan.evaluations[0]?.predicate;
    if (predicate) entry.predicates.push(predicate);
    byOpd.set(opdId, entry);
  }
  const units = await ctx.prisma.orgUnit.findMany({
    where: { id: { in: [...byOpd.keys()] } },
    orderBy: { sortOrder: 'asc' },
  });
  return units.map((unit) => {
    const entry = byOpd.get(unit.id)!;
    return {
      unit,
      year,
      period,
      plans: entry.plans,
      rated: entry.predicates.length,
      counts: SKP_PREDICATES.map((predicate) => ({
        predicate,
        count: entry.predicates.filter((p) => p === predicate).length,
      })),
    };
  });
}
