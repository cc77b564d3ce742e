// An SKP plan as clients see it: global ids, the identity the form prints, the chain of command,
// and the supervisor's RHK of the year that the official's RHK may contribute to.
import type { SkpPlanResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';
import { relationTo, subordinatesOf, supervisorOf } from '../providers/skpPeople';
import { planOf } from '../providers/skpPlanRows';

export const SkpPlan: SkpPlanResolvers = {
  id: (p) => toGlobalId('SkpPlan', p.id),
  official: (p) => ({ ...p.official, __typename: 'Official' }),
  nip: (p) => p.official.nip,
  officialName: (p) => p.official.name,
  golongan: (p) => p.official.golongan,
  positionTitle: (p) => p.official.position?.title ?? null,
  unitName: (p) => p.orgUnit.name,
  unitId: (p) => toGlobalId('OrgUnit', p.orgUnitId),
  supervisor: async (p, _args, ctx) => {
    const supervisor = await supervisorOf(ctx.prisma, p.official);
    return supervisor ? { ...supervisor, __typename: 'Official' } : null;
  },
  subordinates: async (p, _args, ctx) =>
    (await subordinatesOf(ctx.prisma, p.official)).map((o) => ({ ...o, __typename: 'Official' as const })),
  viewerCanRate: async (p, _args, ctx) => (await relationTo(ctx, p.official)) === 'SUPERVISOR',
  supervisorResults: async (p, _args, ctx) => {
    const supervisor = await supervisorOf(ctx.prisma, p.official);
    const plan = supervisor ? await planOf(ctx.prisma, supervisor.id, p.year) : null;
    return plan?.results ?? [];
  },
};
