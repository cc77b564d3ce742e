// A tenant or org unit of the drill-down: its identity, breadcrumb, officials and scorecard id.
import { graphql } from '../../../gql';

export const dashboardNodeQuery = graphql(`
  query DashboardNode($id: ID!, $year: Int!, $month: Int!) {
    node(id: $id) {
      __typename
      id
      ... on Tenant {
        id
        code
        name
        shortName
        tenantKind: kind
        parent {
          id
          name
          shortName
        }
        scorecard(year: $year) {
          id
        }
      }
      ... on OrgUnit {
        id
        code
        name
        shortName
        unitKind: kind
        breadcrumb {
          ...ScopeCrumb
        }
        officials {
          id
          nip
          name
          positionTitle
          level
          score(year: $year, month: $month) {
            value
            band
            predikat
          }
        }
        scorecard(year: $year) {
          id
        }
      }
    }
  }
`);
