// A role of the logged-in user on a scope node, as the `me` query returns it.
import type { Role } from '../../../gql/graphql';

export interface ViewerRole {
  role: Role;
  scope: { __typename?: 'Tenant' | 'OrgUnit'; id: string };
}
