// Merges every module's SDL and resolvers into one executable schema.
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { mergeResolvers } from '@graphql-tools/merge';
import { GraphQLScalarType, Kind } from 'graphql';
import { authResolvers } from './modules/auth/resolvers';
import { changesResolvers } from './modules/changes/resolvers';
import { orgResolvers } from './modules/org/resolvers';
import { scoreboardResolvers } from './modules/scoreboard/resolvers';

const MODULES = ['org', 'auth', 'scoreboard', 'changes'] as const;

export const typeDefs = MODULES.map((name) =>
  readFileSync(new URL(`./modules/${name}/schema.graphql`, import.meta.url), 'utf8'),
);

/** Integer Rupiah as a decimal string, exact beyond 2^53. */
const Rupiah = new GraphQLScalarType({
  name: 'Rupiah',
  description: 'Whole Rupiah as a string of decimal digits',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || !/^\d{1,18}$/.test(value))
      throw new TypeError('Rupiah must be a string of up to 18 digits');
    return BigInt(value);
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !/^\d{1,18}$/.test(ast.value))
      throw new TypeError('Rupiah must be a string of up to 18 digits');
    return BigInt(ast.value);
  },
});

export function buildSchema() {
  return makeExecutableSchema({
    typeDefs,
    resolvers: mergeResolvers([
      { Rupiah },
      orgResolvers,
      authResolvers,
      scoreboardResolvers,
      changesResolvers,
    ]),
  });
}
