// The year's cumulative budget plan and realisation per month, for the S-curve. The API has no
// series field, so each month's scoreboard budget is read through an alias (12 of them, under the
// server's alias limit); it is fetched once per scope and year, the live month comes from deltas.
import { graphql } from '../../../gql';

export const budgetSeriesQuery = graphql(`
  query WallBudgetSeries($scopeId: ID!, $year: Int!) {
    m1: scoreboard(scopeId: $scopeId, year: $year, month: 1) {
      ...WallBudgetMonth
    }
    m2: scoreboard(scopeId: $scopeId, year: $year, month: 2) {
      ...WallBudgetMonth
    }
    m3: scoreboard(scopeId: $scopeId, year: $year, month: 3) {
      ...WallBudgetMonth
    }
    m4: scoreboard(scopeId: $scopeId, year: $year, month: 4) {
      ...WallBudgetMonth
    }
    m5: scoreboard(scopeId: $scopeId, year: $year, month: 5) {
      ...WallBudgetMonth
    }
    m6: scoreboard(scopeId: $scopeId, year: $year, month: 6) {
      ...WallBudgetMonth
    }
    m7: scoreboard(scopeId: $scopeId, year: $year, month: 7) {
      ...WallBudgetMonth
    }
    m8: scoreboard(scopeId: $scopeId, year: $year, month: 8) {
      ...WallBudgetMonth
    }
    m9: scoreboard(scopeId: $scopeId, year: $year, month: 9) {
      ...WallBudgetMonth
    }
    m10: scoreboard(scopeId: $scopeId, year: $year, month: 10) {
      ...WallBudgetMonth
    }
    m11: scoreboard(scopeId: $scopeId, year: $year, month: 11) {
      ...WallBudgetMonth
    }
    m12: scoreboard(scopeId: $scopeId, year: $year, month: 12) {
      ...WallBudgetMonth
    }
  }

  fragment WallBudgetMonth on Scoreboard {
    month
    budget {
      pagu
      plannedSpend
      realisedSpend
      plannedPhysical
      realisedPhysical
    }
  }
`);
