// One row of the OPD ranking or of the kabupaten/kota comparison.
import { graphql } from '../../../gql';

export const rankedUnitFragment = graphql(`
  fragment WallRankedUnit on RankedUnit {
    rank
    index
    timeliness
    node {
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
    score {
      value
      band
      predikat
    }
    budget {
      ...WallBudgetFigures
    }
  }
`);
