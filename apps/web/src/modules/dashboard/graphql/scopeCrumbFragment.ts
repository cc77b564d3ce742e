// One step of a breadcrumb (a tenant or an org unit), as every drill-down page reads it.
import { graphql } from '../../../gql';

export const scopeCrumbFragment = graphql(`
  fragment ScopeCrumb on ScopeNode {
    __typename
    ... on Tenant {
      id
      name
      shortName
    }
    ... on OrgUnit {
      id
      name
      shortName
    }
  }
`);
