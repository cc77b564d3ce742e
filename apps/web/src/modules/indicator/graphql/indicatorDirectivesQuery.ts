// Directives of the indicator's owner scope (the caller keeps those about the indicator).
import { graphql } from '../../../gql';

export const indicatorDirectivesQuery = graphql(`
  query IndicatorDirectives($scopeId: ID!) {
    directives(scopeId: $scopeId, first: 200) {
      id
      content
      status
      dueDate
      createdAt
      author
      subjectId
      picName
    }
  }
`);
