// Whether the viewer may read a node: `node` is null outside the viewer's scope.
import { graphql } from '../../../gql';

export const readableNodeQuery = graphql(`
  query WallReadableNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);
