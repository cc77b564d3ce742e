// A scorecard's strategy map: perspectives, objectives with their indicators, cause–effect links.
import { graphql } from '../../../gql';

export const scorecardMapQuery = graphql(`
  query ScorecardMap($id: ID!, $year: Int!, $month: Int!) {
    node(id: $id) {
      __typename
      id
      ... on Scorecard {
        id
        name
        year
        ownerKind
        perspectives {
          id
          perspective
          weight
          score(month: $month) {
            value
            band
            predikat
          }
        }
        objectives {
          id
          code
          name
          weight
          perspective
          score(month: $month) {
            value
            band
            predikat
          }
          indicators {
            id
            code
            name
            unit
            polarity
            weight
            score(year: $year, month: $month) {
              value
              band
              predikat
            }
          }
        }
        links {
          from {
            id
          }
          to {
            id
          }
        }
      }
    }
  }
`);
