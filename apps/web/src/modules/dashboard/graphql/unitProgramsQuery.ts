// The programs an org unit owns in the year, with their cumulative budget figures.
import { graphql } from '../../../gql';

export const unitProgramsQuery = graphql(`
  query UnitPrograms($id: ID!, $year: Int!, $month: Int!) {
    node(id: $id) {
      __typename
      id
      ... on OrgUnit {
        id
        programs(year: $year) {
          id
          code
          name
          budget(month: $month) {
            pagu
            realisedSpend
            absorption
            plannedPhysical
            realisedPhysical
            spendLevel
          }
        }
      }
    }
  }
`);
