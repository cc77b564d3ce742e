// An indicator's year-to-date achievement with the engine's explanation, and its early warning.
import { graphql } from '../../../gql';

export const indicatorAchievementQuery = graphql(`
  query IndicatorAchievement($id: ID!, $year: Int!, $month: Int!) {
    node(id: $id) {
      __typename
      id
      ... on Indicator {
        id
        yearToDate(year: $year, month: $month) {
          raw
          capped
          band
          predikat
          months
          realisation
          target
          targetLow
          targetHigh
          aggregation {
            ...ExplanationParts
          }
          explanation {
            ...ExplanationParts
          }
          problem {
            field
            rule
          }
        }
        earlyWarning(year: $year, month: $month) {
          monthsElapsed
          yearToDateRealisation
          projectedRealisation
          annualTarget
          annualTargetLow
          annualTargetHigh
          atRisk
          projected {
            raw
            capped
            band
          }
          explanation {
            ...ExplanationParts
          }
        }
      }
    }
  }

  fragment ExplanationParts on Explanation {
    formula
    substituted
    result
    reason
  }
`);
