// One OPD's predikat counts in a period, with the regulation's curve for the OPD's own result.
import { skpDistributionGuidance } from '@ekinerja/scoring';
import { nowOf, type GraphQLContext } from '../../../context';
import type { SkpDistributionRowResolvers } from '../../../generated/resolverTypes';
import { currentPeriod } from '../../../period';
import { storedScore } from '../../drilldown/providers/storedScore';
import { timeZoneOf } from '../../org/providers/orgReads';
import { organisationPredicateOf, scoreMonthOf } from '../lib/organisationPredicate';
import type { SkpDistributionRowModel } from '../providers/skpPlanRows';

/** The OPD's LKjIP predikat at the period's end (or now, while it runs), on the annex scale. */
async function organisationPredicate(row: SkpDistributionRowModel, ctx: GraphQLContext) {
  const now = currentPeriod(await timeZoneOf(ctx.prisma, row.unit.tenantId), nowOf(ctx));
  const month = scoreMonthOf(row.period, row.year, now);
  const node = { tenantId: row.unit.tenantId, nodeId: row.unit.id };
  return organisationPredicateOf((await storedScore(ctx, node, row.year, month)).predikat);
}

export const SkpDistributionRow: SkpDistributionRowResolvers = {
  unit: (row) => ({ ...row.unit, __typename: 'OrgUnit' }),
  organisationPredicate: (row, _args, ctx) => organisationPredicate(row, ctx),
  guidance: async (row, _args, ctx) => {
    const organisation = await organisationPredicate(row, ctx);
    if (!organisation) return [];
    const counts = Object.fromEntries(row.counts.map((c) => [c.predicate, c.count]));
    return skpDistributionGuidance(organisation, counts).map((finding) => ({
      ...finding,
      predicates: [...finding.predicates],
      kind: finding.kind === 'max' ? 'MAX' : finding.kind === 'min' ? 'MIN' : 'NONE',
    }));
  },
};
