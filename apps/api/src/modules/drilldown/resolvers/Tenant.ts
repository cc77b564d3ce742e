// Tenant.scorecard and Tenant.score: the province (or kabupaten/kota) as the root of the drill-down.
import type { TenantResolvers } from '../../../generated/resolverTypes';
import { periodArgs, yearArg } from '../lib/args';
import { canRead, requireRead, scopeOf } from '../providers/access';
import { readableScorecardOf } from '../providers/drilldownObjects';
import { storedScore } from '../providers/storedScore';

export const Tenant: Pick<TenantResolvers, 'score' | 'scorecard' | '__isTypeOf'> = {
  // A tenant reached through OrgUnit.tenant is not checked there, so every field here is.
  scorecard: async (t, args, ctx) => {
    const year = yearArg(args.year);
    if (!(await canRead(ctx, scopeOf.tenant(t)))) return null;
    return readableScorecardOf(ctx, `TENANT:${t.id}`, year);
  },
  score: async (t, args, ctx) => {
    const { year, month } = periodArgs(args.year, args.month);
    await requireRead(ctx, scopeOf.tenant(t), `Tenant:${t.id}`);
    return storedScore(ctx, { tenantId: t.id, nodeId: t.id }, year, month);
  },
};
