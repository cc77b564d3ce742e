// Everything the wall shows for its scope in one round trip, with the sequence it is current at.
import { graphql } from '../../../gql';

export const wallScoreboardQuery = graphql(`
  query WallScoreboard($scopeId: ID!, $year: Int!, $month: Int!) {
    scoreboard(scopeId: $scopeId, year: $year, month: $month) {
      seq
      year
      month
      scope {
        __typename
        ... on Tenant {
          id
          name
          shortName
          timeZone
        }
        ... on OrgUnit {
          id
          name
          shortName
          tenant {
            id
            timeZone
          }
        }
      }
      score {
        value
        band
        predikat
      }
      perspectives {
        perspective
        weight
        score {
          value
          band
          predikat
        }
      }
      ranking {
        ...WallRankedUnit
      }
      regencies {
        ...WallRankedUnit
      }
      budget {
        ...WallBudgetFigures
      }
      atRisk {
        indicatorId
        code
        name
        unit
        owner {
          __typename
          ... on Tenant {
            id
            shortName
          }
          ... on OrgUnit {
            id
            shortName
          }
        }
        score {
          value
          band
          predikat
        }
      }
      openIssues {
        id
        title
        severity
        status
        createdAt
      }
      latestActivity {
        seq
        entityType
        entityId
        action
        at
        actorName
      }
    }
  }
`);
