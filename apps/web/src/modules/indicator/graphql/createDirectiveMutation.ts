// A leader's directive (arahan) on an indicator.
import { graphql } from '../../../gql';

export const createDirectiveMutation = graphql(`
  mutation CreateDirective($input: CreateDirectiveInput!) {
    createDirective(input: $input) {
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
