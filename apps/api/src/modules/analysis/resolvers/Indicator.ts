// An indicator's latest written analysis up to a month: beside its score in the drill-down and
// for each indicator below target in the quarterly report. Reading the indicator is the check.
import type { IndicatorResolvers } from '../../../generated/resolverTypes';
import { periodArgs } from '../../drilldown/lib/args';
import { analysisLoaders } from '../providers/analysisLoaders';

export const Indicator: Pick<IndicatorResolvers, 'analysis' | '__isTypeOf'> = {
  analysis: (i, args, ctx) =>
    analysisLoaders(ctx).latestUpTo.load({ indicatorId: i.id, ...periodArgs(args.year, args.month) }),
};
