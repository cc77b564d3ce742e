// The indicator shapes its page works with, from the generated operation types.
import type { IndicatorAchievementQuery } from '../graphql/indicatorAchievementQuery.generated';
import type { IndicatorDetailQuery } from '../graphql/indicatorDetailQuery.generated';

export type IndicatorDetail = Extract<NonNullable<IndicatorDetailQuery['node']>, { __typename: 'Indicator' }>;
export type IndicatorMonthView = IndicatorDetail['months'][number];
export type IndicatorAchievement = Extract<
  NonNullable<IndicatorAchievementQuery['node']>,
  { __typename: 'Indicator' }
>;
