// A scorecard's year-to-date score at the end of each month (no series field: one alias per
// month, under the server's alias limit of 15).
import { graphql } from '../../../gql';

export const scoreTrendQuery = graphql(`
  query ScoreTrend($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Scorecard {
        id
        m1: score(month: 1) {
          ...TrendScore
        }
        m2: score(month: 2) {
          ...TrendScore
        }
        m3: score(month: 3) {
          ...TrendScore
        }
        m4: score(month: 4) {
          ...TrendScore
        }
        m5: score(month: 5) {
          ...TrendScore
        }
        m6: score(month: 6) {
          ...TrendScore
        }
        m7: score(month: 7) {
          ...TrendScore
        }
        m8: score(month: 8) {
          ...TrendScore
        }
        m9: score(month: 9) {
          ...TrendScore
        }
        m10: score(month: 10) {
          ...TrendScore
        }
        m11: score(month: 11) {
          ...TrendScore
        }
        m12: score(month: 12) {
          ...TrendScore
        }
      }
    }
  }

  fragment TrendScore on Score {
    value
    band
  }
`);
