// The indicator shapes its page works with, from the generated operation types.
import type { IndicatorAchievementQuery, IndicatorDetailQuery } from '../../../gql/graphql';

export type IndicatorDetail = Extract<NonNullable<IndicatorDetailQuery['node']>, { __typename: 'Indicator' }>;
export type IndicatorMonthView = IndicatorDetail['months'][number];
export type IndicatorAchievement = Extract<
  NonNullable<IndicatorAchievementQuery['node']>,
  { __typename: 'Indicator' }
>;
