// The SKP's appraisal periods in their order: the four quarters, then the year's closing one.
import type { SkpPeriod } from '../../../gql/graphql';

export const SKP_PERIODS: readonly SkpPeriod[] = ['Q1', 'Q2', 'Q3', 'Q4', 'ANNUAL'];
