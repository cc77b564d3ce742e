// The written analysis beside a submitted value in the verify queue.
import type { VerificationItemResolvers } from '../../../generated/resolverTypes';
import { analysisLoaders } from '../providers/analysisLoaders';

export const VerificationItem: Pick<VerificationItemResolvers, 'analysis'> = {
  analysis: (m, _args, ctx) =>
    analysisLoaders(ctx).ofPeriod.load({ indicatorId: m.indicatorId, year: m.year, month: m.month }),
};
