// The written analysis of one month's period on the indicator page.
import type { IndicatorMonthResolvers } from '../../../generated/resolverTypes';
import { analysisLoaders } from '../providers/analysisLoaders';

export const IndicatorMonth: Pick<IndicatorMonthResolvers, 'analysis'> = {
  analysis: (m, _args, ctx) =>
    analysisLoaders(ctx).ofPeriod.load({ indicatorId: m.indicatorId, year: m.year, month: m.month }),
};
