// An official (pejabat/ASN): position, unit with its breadcrumb, score and scorecard id.
import { graphql } from '../../../gql';

export const officialQuery = graphql(`
  query OfficialDetail($id: ID!, $year: Int!, $month: Int!) {
    node(id: $id) {
      __typename
      id
      ... on Official {
        id
        nip
        name
        positionTitle
        level
        orgUnit {
          id
          name
          breadcrumb {
            ...ScopeCrumb
          }
        }
        score(year: $year, month: $month) {
          value
          band
          predikat
        }
        scorecard(year: $year) {
          id
        }
      }
    }
  }
`);
