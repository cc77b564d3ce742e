// Indicator.followedByViewer: whether the indicator's turning red reaches the viewer.
import type { IndicatorResolvers } from '../../../generated/resolverTypes';
import { followedByViewer } from '../providers/indicatorFollows';

export const Indicator: Pick<IndicatorResolvers, 'followedByViewer' | '__isTypeOf'> = {
  followedByViewer: (i, _args, ctx) => followedByViewer(ctx, i.id),
};
