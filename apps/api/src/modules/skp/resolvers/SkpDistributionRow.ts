// One OPD's predikat counts in a period.
import type { SkpDistributionRowResolvers } from '../../../generated/resolverTypes';

export const SkpDistributionRow: SkpDistributionRowResolvers = {
  unit: (row) => ({ ...row.unit, __typename: 'OrgUnit' }),
};
