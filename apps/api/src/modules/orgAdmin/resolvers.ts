// Org tree administration: inputs checked with zod (field and rule), writes in the providers, and
// each mutation answering with the node as it now is.
import type { Resolvers } from '../../generated/resolvers';
import type { GraphQLContext } from '../../context';
import { badInput, fromZodError, notFound } from '../../errors';
import { fromGlobalId, fromScopeId, toGlobalId } from '../../ids';
import { idOf } from '../changes/lib/writeInputs';
import { readableOnly, scopeOf } from '../drilldown/providers/access';
import { readableUnit, tagged } from '../drilldown/providers/drilldownObjects';
import { tenantScopePath } from '../org/providers/orgLoaders';
import {
  createOfficialInput,
  createScorecardInput,
  createTenantInput,
  orgUnitInput,
  positionInput,
  updateOfficialInput,
  updateTenantInput,
} from './lib/orgInputs';
import { createOrgUnit, createTenant, deleteOrgUnit, updateOrgUnit, updateTenant } from './providers/orgTree';
import { createScorecard, deleteScorecard, type ScorecardOwner } from './providers/ownerScorecards';
import {
  createOfficial,
  createPosition,
  deletePosition,
  updateOfficial,
  updatePosition,
} from './providers/staff';
import { staffLoaders } from './providers/staffLoaders';
import type { z } from 'zod';

function parsed<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw fromZodError(result.error);
  return result.data;
}

const tenantRow = async (ctx: GraphQLContext, id: string) =>
  tagged.tenant(await ctx.prisma.tenant.findUniqueOrThrow({ where: { id } }));
const unitRow = async (ctx: GraphQLContext, id: string) =>
  tagged.unit(await ctx.prisma.orgUnit.findUniqueOrThrow({ where: { id } }));
const positionRow = async (ctx: GraphQLContext, id: string) => ({
  ...(await ctx.prisma.position.findUniqueOrThrow({ where: { id } })),
  __typename: 'Position' as const,
});
const officialRow = async (ctx: GraphQLContext, id: string) =>
  tagged.official(
    await ctx.prisma.official.findUniqueOrThrow({ where: { id }, include: { position: true } }),
  );

const optionalPositionId = (id: string | null | undefined) =>
  id ? idOf('Position', id, 'positionId') : null;

function ownerOf(globalId: string): ScorecardOwner {
  const { type, id } = fromGlobalId(globalId, 'ownerId');
  if (type === 'Tenant') return { kind: 'TENANT', id };
  if (type === 'OrgUnit') return { kind: 'ORG_UNIT', id };
  if (type === 'Official') return { kind: 'OFFICIAL', id };
  throw badInput('ownerId', 'globalId', { expected: 'Tenant, OrgUnit or Official' });
}

/** A position is readable where its unit is. */
export async function readablePosition(ctx: GraphQLContext, id: string) {
  const position = await ctx.prisma.position.findUnique({ where: { id } });
  if (!position || !(await readableUnit(ctx, position.orgUnitId))) return null;
  return { ...position, __typename: 'Position' as const };
}

export const orgAdminResolvers: Resolvers = {
  Mutation: {
    async createTenant(_, { input }, ctx) {
      const provinceId = idOf('Tenant', input.parentTenantId, 'parentTenantId');
      const { id } = await createTenant(ctx, provinceId, parsed(createTenantInput, input));
      return tenantRow(ctx, id);
    },
    async updateTenant(_, { input }, ctx) {
      const tenantId = idOf('Tenant', input.tenantId, 'tenantId');
      const { id } = await updateTenant(ctx, tenantId, parsed(updateTenantInput, input));
      return tenantRow(ctx, id);
    },
    async createOrgUnit(_, { input }, ctx) {
      const parent = fromScopeId(input.parentId, 'parentId');
      const { id } = await createOrgUnit(ctx, parent, parsed(orgUnitInput, input));
      return unitRow(ctx, id);
    },
    async updateOrgUnit(_, { input }, ctx) {
      const orgUnitId = idOf('OrgUnit', input.orgUnitId, 'orgUnitId');
      const { id } = await updateOrgUnit(ctx, orgUnitId, parsed(orgUnitInput, input));
      return unitRow(ctx, id);
    },
    async deleteOrgUnit(_, { input }, ctx) {
      const orgUnitId = idOf('OrgUnit', input.orgUnitId, 'orgUnitId');
      const { id, seq } = await deleteOrgUnit(ctx, orgUnitId, input.clientMutationId);
      return { deletedId: toGlobalId('OrgUnit', id), seq };
    },
    async createPosition(_, { input }, ctx) {
      const orgUnitId = idOf('OrgUnit', input.orgUnitId, 'orgUnitId');
      const { id } = await createPosition(ctx, orgUnitId, parsed(positionInput, input));
      return positionRow(ctx, id);
    },
    async updatePosition(_, { input }, ctx) {
      const positionId = idOf('Position', input.positionId, 'positionId');
      const { id } = await updatePosition(ctx, positionId, parsed(positionInput, input));
      return positionRow(ctx, id);
    },
    async deletePosition(_, { input }, ctx) {
      const positionId = idOf('Position', input.positionId, 'positionId');
      const { id, seq } = await deletePosition(ctx, positionId, input.clientMutationId);
      return { deletedId: toGlobalId('Position', id), seq };
    },
    async createOfficial(_, { input }, ctx) {
      const tenantId = idOf('Tenant', input.tenantId, 'tenantId');
      const positionId = optionalPositionId(input.positionId);
      const { id } = await createOfficial(ctx, tenantId, {
        ...parsed(createOfficialInput, input),
        positionId,
      });
      return officialRow(ctx, id);
    },
    async updateOfficial(_, { input }, ctx) {
      const officialId = idOf('Official', input.officialId, 'officialId');
      const positionId = optionalPositionId(input.positionId);
      const { id } = await updateOfficial(ctx, officialId, {
        ...parsed(updateOfficialInput, input),
        positionId,
      });
      return officialRow(ctx, id);
    },
    async createScorecard(_, { input }, ctx) {
      const owner = ownerOf(input.ownerId);
      const { id } = await createScorecard(ctx, owner, parsed(createScorecardInput, input));
      return tagged.scorecard(await ctx.prisma.scorecard.findUniqueOrThrow({ where: { id } }));
    },
    async deleteScorecard(_, { input }, ctx) {
      const scorecardId = idOf('Scorecard', input.scorecardId, 'scorecardId');
      const { id, seq } = await deleteScorecard(ctx, scorecardId, input.clientMutationId);
      return { deletedId: toGlobalId('Scorecard', id), seq };
    },
  },
  OrgUnit: {
    positions: async (u, _, ctx) => {
      const rows = await staffLoaders(ctx).positionsByUnit.load(u.id);
      return rows.map((p) => ({ ...p, __typename: 'Position' as const }));
    },
  },
  Tenant: {
    unplacedOfficials: async (t, _, ctx) => {
      ctx.authorize('administer', await tenantScopePath(ctx.loaders.org, t), `Tenant:${t.id}`);
      const rows = await ctx.prisma.official.findMany({
        where: { tenantId: t.id, positionId: null },
        include: { position: true },
        orderBy: [{ name: 'asc' }, { nip: 'asc' }],
      });
      return (await readableOnly(ctx, rows, scopeOf.official)).map(tagged.official);
    },
  },
  Position: {
    id: (p) => toGlobalId('Position', p.id),
    orgUnit: async (p, _, ctx) => {
      const unit = await readableUnit(ctx, p.orgUnitId);
      if (!unit) throw notFound('orgUnit');
      return unit;
    },
    holder: async (p, _, ctx) => {
      const official = await staffLoaders(ctx).holderByPosition.load(p.id);
      return official ? tagged.official(official) : null;
    },
  },
};
