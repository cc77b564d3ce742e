// Who a scorecard belongs to: rows carry their type name where they are loaded.
import type { ScorecardOwnerResolvers } from '../../../generated/resolverTypes';

export const ScorecardOwner: ScorecardOwnerResolvers = {
  __resolveType: (owner) =>
    owner.__typename ?? ('nip' in owner ? 'Official' : 'tenantId' in owner ? 'OrgUnit' : 'Tenant'),
};
