// Merges every module's SDL and resolvers into one executable schema.
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { mergeResolvers } from '@graphql-tools/merge';
import { GraphQLScalarType, Kind } from 'graphql';
import { authResolvers } from './modules/auth/resolvers';
import { changesResolvers } from './modules/changes/resolvers';
import { orgResolvers } from './modules/org/resolvers';
import { scoreboardResolvers } from './modules/scoreboard/resolvers';
import { issuesResolvers } from './modules/issues/resolvers';
import { entryResolvers } from './modules/entry/resolvers';
import { verificationResolvers } from './modules/verification/resolvers';
import { auditResolvers } from './modules/audit/resolvers';
import { settingsResolvers } from './modules/settings/resolvers';
import { drilldownResolvers } from './modules/drilldown/resolvers';
import { measurementsResolvers } from './modules/measurements/resolvers';
import { activitiesResolvers } from './modules/activities/resolvers';
import { periodsResolvers } from './modules/periods/resolvers';
import { liveResolvers } from './modules/live/resolvers';
import { devicesResolvers } from './modules/devices/resolvers';
import { indicatorsResolvers } from './modules/indicators/resolvers';
import { importsResolvers } from './modules/imports/resolvers';
import { usersResolvers } from './modules/users/resolvers';
import { scorecardsResolvers } from './modules/scorecards/resolvers';
import { orgAdminResolvers } from './modules/orgAdmin/resolvers';

const MODULES = [
  'org',
  'auth',
  'scoreboard',
  'changes',
  'issues',
  'entry',
  'verification',
  'audit',
  'settings',
  'drilldown',
  'measurements',
  'activities',
  'periods',
  'live',
  'devices',
  'indicators',
  'imports',
  'users',
  'scorecards',
  'orgAdmin',
] as const;

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

/** Arbitrary JSON (the before/after images of the audit log); output only. */
const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: () => {
    throw new TypeError('JSON is an output type');
  },
  parseLiteral: () => {
    throw new TypeError('JSON is an output type');
  },
});

export function buildSchema() {
  return makeExecutableSchema({
    typeDefs,
    resolvers: mergeResolvers([
      { Rupiah, JSON: JSONScalar },
      orgResolvers,
      authResolvers,
      scoreboardResolvers,
      changesResolvers,
      issuesResolvers,
      entryResolvers,
      verificationResolvers,
      auditResolvers,
      settingsResolvers,
      drilldownResolvers,
      measurementsResolvers,
      activitiesResolvers,
      periodsResolvers,
      liveResolvers,
      devicesResolvers,
      indicatorsResolvers,
      importsResolvers,
      scorecardsResolvers,
      orgAdminResolvers,
      usersResolvers,
    ]),
  });
}
