// An indicator with its definition, where it sits in the tree, and its months of the year
// (targets, values in any status, evidence and revisions).
import { graphql } from '../../../gql';

export const indicatorDetailQuery = graphql(`
  query IndicatorDetail($id: ID!, $year: Int!) {
    node(id: $id) {
      __typename
      id
      ... on Indicator {
        id
        code
        name
        unit
        polarity
        minimizeFormula
        aggregation
        frequency
        weight
        description
        dataSource
        owner {
          __typename
          ... on Tenant {
            id
            name
            shortName
            parent {
              id
              name
              shortName
            }
          }
          ... on OrgUnit {
            id
            name
            shortName
            breadcrumb {
              ...ScopeCrumb
            }
          }
        }
        objective {
          id
          code
          name
          perspective
          scorecard {
            id
            ownerKind
            owner {
              __typename
              ... on Official {
                id
                name
              }
            }
          }
        }
        pic {
          id
          name
          positionTitle
        }
        parent {
          id
          code
          name
        }
        months(year: $year) {
          month
          due
          target
          low
          high
          realisation
          status
          version
          note
          rejectionReason
          verifiedAt
          late
          periodAchievement {
            raw
            band
          }
          evidence {
            url
            title
            addedAt
          }
          revisions {
            version
            value
            previousValue
            status
            reason
            changedAt
            changedBy
          }
        }
      }
    }
  }
`);
