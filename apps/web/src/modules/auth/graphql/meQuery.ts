// Who is logged in, with the scopes of their roles (drives the home route and the navigation).
import { graphql } from '../../../gql';

export const meQuery = graphql(`
  query Me {
    me {
      id
      username
      displayName
      locale
      roles {
        role
        scope {
          __typename
          ... on Tenant {
            id
            name
            shortName
          }
          ... on OrgUnit {
            id
            name
            shortName
          }
        }
      }
    }
  }
`);
