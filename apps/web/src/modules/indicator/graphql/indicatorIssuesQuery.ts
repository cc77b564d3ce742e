// Issues of the indicator's owner scope (the caller keeps the indicator's own: the API has no
// per-indicator filter). Follow-ups are left out: with them the query passes the cost limit.
import { graphql } from '../../../gql';

export const indicatorIssuesQuery = graphql(`
  query IndicatorIssues($scopeId: ID!) {
    issues(scopeId: $scopeId, first: 200) {
      id
      title
      description
      severity
      status
      createdAt
      raisedBy
      indicatorId
    }
  }
`);
