// Logs in; the browser keeps the HTTP-only session cookie, so the token itself is not selected.
import { graphql } from '../../../gql';

export const loginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      expiresAt
      user {
        id
        displayName
      }
    }
  }
`);
