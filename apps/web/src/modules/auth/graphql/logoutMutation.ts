// Ends the session on the server (the cookie stops working at once).
import { graphql } from '../../../gql';

export const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
