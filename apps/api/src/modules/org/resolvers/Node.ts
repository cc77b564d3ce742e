// Objects returned through `Node` carry their GraphQL type name, set where they are loaded; users
// (plain rows) are told by their username.
import type { NodeResolvers } from '../../../generated/resolverTypes';

type NodeTypeName = NonNullable<Awaited<ReturnType<NonNullable<NodeResolvers['__resolveType']>>>>;

export const Node: NodeResolvers = {
  __resolveType: (obj) => {
    if ('__typename' in obj && typeof obj.__typename === 'string') return obj.__typename as NodeTypeName;
    if ('username' in obj) return 'User';
    throw new Error('node without a type name');
  },
};
