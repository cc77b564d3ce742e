// Live deltas and heartbeats of the wall's scoreboard.
import { graphql } from '../../../gql';

export const scoreboardChangedSubscription = graphql(`
  subscription WallScoreboardChanged($scopeId: ID!, $year: Int, $month: Int) {
    scoreboardChanged(scopeId: $scopeId, year: $year, month: $month) {
      kind
      scopeId
      year
      month
      seq
      rankingOrder
      changes {
        nodeId
        role
        rank
        index
        timeliness
        score {
          value
          band
          predikat
        }
        budget {
          ...WallBudgetFigures
        }
      }
    }
  }
`);
