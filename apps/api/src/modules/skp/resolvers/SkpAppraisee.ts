// A direct subordinate of the viewer with their plan of the year.
import type { SkpAppraiseeResolvers } from '../../../generated/resolverTypes';

export const SkpAppraisee: SkpAppraiseeResolvers = {
  official: (a) => ({ ...a.official, __typename: 'Official' }),
};
