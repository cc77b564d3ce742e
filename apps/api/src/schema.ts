// The executable schema: every module's SDL and resolver files, merged and wired by codegen
// (`generated/typeDefs.ts`, `generated/resolvers.ts`), so no module is listed by hand.
import { makeExecutableSchema } from '@graphql-tools/schema';
import { resolvers } from './generated/resolvers';
import { typeDefs } from './generated/typeDefs';

export { typeDefs };

export function buildSchema() {
  return makeExecutableSchema({ typeDefs, resolvers });
}
