// Positions (jabatan) in a unit and the officials (ASN) who hold them. An official holds at most
// one position and a position at most one official; placing someone is a change of the official.
import type { Official, Position, PositionLevel, Prisma } from '@ekinerja/db';
import { badInput, refusingRaces } from '../../../errors';
import { toGlobalId } from '../../../ids';
import { performLoggedWrite } from '../../changes/providers/loggedWrite';
import type { WriteContext } from '../../changes/providers/performWrite';
import { nipProblem } from '../lib/orgInputs';
import { scopeOrBadInput } from './orgTree';
import { changeOf } from '../../changes/providers/changeLog';

type Db = WriteContext['prisma'] | Prisma.TransactionClient;

export interface PositionFields {
  title: string;
  level: PositionLevel;
  clientMutationId?: string | null;
}

const positionImage = (p: Position) => ({
  title: p.title,
  level: p.level,
  orgUnitId: toGlobalId('OrgUnit', p.orgUnitId),
});

async function positionScope(db: Db, positionId: string) {
  const position = await db.position.findUnique({ where: { id: positionId }, select: { orgUnitId: true } });
  if (!position) throw badInput('positionId', 'notFound');
  return scopeOrBadInput(db, { type: 'OrgUnit', id: position.orgUnitId }, 'positionId');
}

async function titleTaken(tx: Prisma.TransactionClient, orgUnitId: string, title: string, except?: string) {
  const clash = await tx.position.findUnique({
    where: { orgUnitId_title: { orgUnitId, title } },
    select: { id: true },
  });
  return clash !== null && clash.id !== except;
}

export async function createPosition(ctx: WriteContext, orgUnitId: string, fields: PositionFields) {
  const scope = await scopeOrBadInput(ctx.prisma, { type: 'OrgUnit', id: orgUnitId }, 'orgUnitId');
  ctx.authorize('administer', scope.scopeIds, `OrgUnit:${orgUnitId}`);
  const { clientMutationId, ...input } = fields;
  return refusingRaces({ unique: 'title', missing: 'orgUnitId' }, () =>
    performLoggedWrite(
      ctx,
      { operation: 'createPosition', clientMutationId, input: { ...input, orgUnitId } },
      async (tx) => {
        if (await titleTaken(tx, orgUnitId, input.title)) throw badInput('title', 'unique');
        const last = await tx.position.aggregate({ where: { orgUnitId }, _max: { sortOrder: true } });
        const position = await tx.position.create({
          data: { ...input, orgUnitId, tenantId: scope.tenantId, sortOrder: (last._max.sortOrder ?? 0) + 1 },
        });
        return {
          id: position.id,
          record: changeOf(scope, 'Position', position.id, {
            action: 'CREATED',
            before: null,
            after: positionImage(position),
          }),
        };
      },
    ),
  );
}

export async function updatePosition(ctx: WriteContext, positionId: string, fields: PositionFields) {
  const scope = await positionScope(ctx.prisma, positionId);
  ctx.authorize('administer', scope.scopeIds, `Position:${positionId}`);
  const { clientMutationId, ...input } = fields;
  return refusingRaces({ unique: 'title' }, () =>
    performLoggedWrite(
      ctx,
      { operation: 'updatePosition', clientMutationId, input: { ...input, positionId } },
      async (tx) => {
        const before = await tx.position.findUniqueOrThrow({ where: { id: positionId } });
        if (await titleTaken(tx, before.orgUnitId, input.title, positionId))
          throw badInput('title', 'unique');
        const after = await tx.position.update({ where: { id: positionId }, data: input });
        return {
          id: positionId,
          record: changeOf(scope, 'Position', positionId, {
            action: 'UPDATED',
            before: positionImage(before),
            after: positionImage(after),
          }),
        };
      },
    ),
  );
}

/** Only a vacant position goes: whoever holds it is moved or released first. */
export async function deletePosition(
  ctx: WriteContext,
  positionId: string,
  clientMutationId?: string | null,
) {
  const scope = await positionScope(ctx.prisma, positionId);
  ctx.authorize('administer', scope.scopeIds, `Position:${positionId}`);
  return performLoggedWrite(
    ctx,
    { operation: 'deletePosition', clientMutationId, input: { positionId } },
    async (tx) => {
      const [position] = await tx.$queryRaw<Position[]>`
      SELECT * FROM "Position" WHERE id = ${positionId}::uuid FOR UPDATE`;
      if (!position) throw badInput('positionId', 'notFound');
      if (await tx.official.findUnique({ where: { positionId }, select: { id: true } }))
        throw badInput('positionId', 'held');
      await tx.position.delete({ where: { id: positionId } });
      return {
        id: positionId,
        record: changeOf(scope, 'Position', positionId, {
          action: 'DELETED',
          before: positionImage(position),
          after: null,
        }),
      };
    },
  );
}

export interface OfficialFields {
  name: string;
  /** Left out (undefined): unchanged. */
  email?: string | null;
  phone?: string | null;
  /** A vacant position of the tenant (or the one the official holds); null for none. */
  positionId: string | null;
  clientMutationId?: string | null;
}

const officialImage = (o: Official) => ({
  nip: o.nip,
  name: o.name,
  email: o.email,
  phone: o.phone,
  positionId: o.positionId ? toGlobalId('Position', o.positionId) : null,
});

/** The position must be the tenant's and free (or already this official's); locked until commit. */
async function claimPosition(
  tx: Prisma.TransactionClient,
  tenantId: string,
  positionId: string,
  officialId: string | null,
): Promise<void> {
  const [position] = await tx.$queryRaw<{ tenantId: string }[]>`
    SELECT "tenantId" FROM "Position" WHERE id = ${positionId}::uuid FOR UPDATE`;
  if (!position) throw badInput('positionId', 'notFound');
  if (position.tenantId !== tenantId) throw badInput('positionId', 'otherTenant');
  const holder = await tx.official.findUnique({ where: { positionId }, select: { id: true } });
  if (holder && holder.id !== officialId) throw badInput('positionId', 'held');
}

/** Where an official's change is logged: the unit of their position, else the tenant. */
async function officialScopeIds(tx: Prisma.TransactionClient, tenantId: string, positionId: string | null) {
  const position = positionId
    ? await tx.position.findUniqueOrThrow({ where: { id: positionId }, select: { orgUnitId: true } })
    : null;
  const scope = await scopeOrBadInput(
    tx,
    position ? { type: 'OrgUnit', id: position.orgUnitId } : { type: 'Tenant', id: tenantId },
    'positionId',
  );
  return scope.scopeIds;
}

export async function createOfficial(
  ctx: WriteContext,
  tenantId: string,
  fields: OfficialFields & { nip: string },
) {
  const tenantScope = await scopeOrBadInput(ctx.prisma, { type: 'Tenant', id: tenantId }, 'tenantId');
  ctx.authorize('administer', tenantScope.scopeIds, `Tenant:${tenantId}`);
  const problem = nipProblem(fields.nip);
  if (problem) throw badInput('nip', problem);
  const { clientMutationId, ...input } = fields;
  return refusingRaces({ unique: 'nip', missing: 'positionId' }, () =>
    performLoggedWrite(
      ctx,
      { operation: 'createOfficial', clientMutationId, input: { ...input, tenantId } },
      async (tx) => {
        if (await tx.official.findUnique({ where: { nip: input.nip }, select: { id: true } }))
          throw badInput('nip', 'unique');
        if (input.positionId) await claimPosition(tx, tenantId, input.positionId, null);
        const official = await tx.official.create({ data: { ...input, tenantId } });
        return {
          id: official.id,
          record: changeOf(
            { tenantId, scopeIds: await officialScopeIds(tx, tenantId, official.positionId) },
            'Official',
            official.id,
            {
              action: 'CREATED',
              before: null,
              after: officialImage(official),
            },
          ),
        };
      },
    ),
  );
}

/** Renames, moves or releases an official; the change is logged where they were and where they go. */
export async function updateOfficial(ctx: WriteContext, officialId: string, fields: OfficialFields) {
  const current = await ctx.prisma.official.findUnique({ where: { id: officialId } });
  if (!current) throw badInput('officialId', 'notFound');
  const tenantScope = await scopeOrBadInput(
    ctx.prisma,
    { type: 'Tenant', id: current.tenantId },
    'officialId',
  );
  ctx.authorize('administer', tenantScope.scopeIds, `Official:${officialId}`);
  const { clientMutationId, ...input } = fields;
  return performLoggedWrite(
    ctx,
    { operation: 'updateOfficial', clientMutationId, input: { ...input, officialId } },
    async (tx) => {
      const before = await tx.official.findUniqueOrThrow({ where: { id: officialId } });
      if (input.positionId) await claimPosition(tx, before.tenantId, input.positionId, officialId);
      const after = await tx.official.update({ where: { id: officialId }, data: input });
      const scopeIds = new Set([
        ...(await officialScopeIds(tx, before.tenantId, before.positionId)),
        ...(await officialScopeIds(tx, before.tenantId, after.positionId)),
      ]);
      return {
        id: officialId,
        record: changeOf({ tenantId: before.tenantId, scopeIds: [...scopeIds] }, 'Official', officialId, {
          action: before.positionId === after.positionId ? 'UPDATED' : 'PLACED',
          before: officialImage(before),
          after: officialImage(after),
        }),
      };
    },
  );
}
