// What the wall's viewer may see: a user's role scopes, or (for a wall device, whose `me` is
// null) the tenants and OPDs it can read — the API exposes no "device scope" field directly.
import { graphql } from '../../../gql';

export const wallViewerQuery = graphql(`
  query WallViewer {
    me {
      id
      roles {
        role
        scope {
          __typename
          ... on Tenant {
            id
          }
          ... on OrgUnit {
            id
          }
        }
      }
    }
    tenants {
      id
      opds {
        id
      }
    }
  }
`);
