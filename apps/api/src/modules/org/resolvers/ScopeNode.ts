// A scope node is a tenant or an org unit; rows carry their GraphQL type name, set where they are loaded.
import type { ScopeNodeResolvers } from '../../../generated/resolverTypes';

export const ScopeNode: ScopeNodeResolvers = {
  __resolveType: (obj) => (obj.__typename === 'Tenant' ? 'Tenant' : 'OrgUnit'),
};
