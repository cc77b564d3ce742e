// The budget figures a wall shows, shared by the scoreboard query and the live deltas so a
// delta's figures have exactly the shape of the ones they replace.
import { graphql } from '../../../gql';

export const budgetFiguresFragment = graphql(`
  fragment WallBudgetFigures on BudgetFigures {
    pagu
    plannedSpend
    realisedSpend
    absorption
    spendDeviation
    plannedPhysical
    realisedPhysical
    physicalDeviation
    spendLevel
    physicalLevel
  }
`);
