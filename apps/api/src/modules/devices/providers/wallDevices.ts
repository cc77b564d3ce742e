// Wall devices: register a screen (its token shown once, only the hash kept), change its
// playlist, revoke it. Each write is one transaction with its change-log entry (the audit view).
import type { Prisma, PrismaClient, WallDevice } from '@ekinerja/db';
import { badInput, notFound } from '../../../errors';
import { toGlobalId } from '../../../ids';
import { hashToken, newToken } from '../../auth/lib/tokens';
import { changeOf, type ChangeRecord } from '../../changes/providers/changeLog';
import { performLoggedWrite } from '../../changes/providers/loggedWrite';
import { writeActor, type WriteContext } from '../../changes/providers/performWrite';
import { subjectScope, type SubjectScope } from '../../org/providers/subjectScope';
import { panelsOf, withPanels } from '../lib/wallPlaylist';

type Db = PrismaClient | Prisma.TransactionClient;

/** A tenant's devices, newest first (revoked ones too: the list shows them as such). */
export function wallDevicesOf(db: Db, tenantId: string): Promise<WallDevice[]> {
  return db.wallDevice.findMany({ where: { tenantId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
}

function scopeIdOf(device: Pick<WallDevice, 'tenantId' | 'orgUnitId'>): string {
  return device.orgUnitId ? toGlobalId('OrgUnit', device.orgUnitId) : toGlobalId('Tenant', device.tenantId);
}

/** Where a device belongs: its scope's path (the policy's, and the change log's scopes). */
async function deviceScope(
  db: Db,
  device: Pick<WallDevice, 'tenantId' | 'orgUnitId'>,
): Promise<SubjectScope> {
  const scope = device.orgUnitId
    ? await subjectScope(db, 'OrgUnit', device.orgUnitId)
    : await subjectScope(db, 'Tenant', device.tenantId);
  // The foreign keys cascade: a device's scope exists as long as the device does.
  if (!scope) throw notFound('device');
  return scope;
}

/** The device and its scope, once the viewer is known to administer it. */
async function administeredDevice(
  ctx: WriteContext,
  deviceId: string,
): Promise<{ device: WallDevice; scope: SubjectScope }> {
  const device = await ctx.prisma.wallDevice.findUnique({ where: { id: deviceId } });
  if (!device) throw notFound('device');
  const scope = await deviceScope(ctx.prisma, device);
  ctx.authorize('administer', scope.scopeIds, `WallDevice:${deviceId}`);
  return { device, scope };
}

/** A change to a device as the log records it. */
const deviceChange = (
  scope: SubjectScope,
  deviceId: string,
  change: Pick<ChangeRecord, 'action' | 'before' | 'after'>,
) => changeOf(scope, 'WallDevice', deviceId, change);

async function reload(db: Db, deviceId: string): Promise<WallDevice> {
  const device = await db.wallDevice.findUnique({ where: { id: deviceId } });
  if (!device) throw notFound('device');
  return device;
}

export async function createWallDevice(
  ctx: WriteContext,
  input: {
    scope: { type: 'Tenant' | 'OrgUnit'; id: string };
    name: string;
    playlist: string[];
    clientMutationId?: string | null;
  },
): Promise<{ device: WallDevice; token: string }> {
  const actor = writeActor(ctx.viewer);
  const scope = await subjectScope(ctx.prisma, input.scope.type, input.scope.id);
  if (!scope) throw badInput('scopeId', 'notFound');
  ctx.authorize('administer', scope.scopeIds, `${input.scope.type}:${input.scope.id}`);
  const { clientMutationId, ...fields } = input;
  // Kept only in memory: the answer carries it, the database (and the stored answer to a retry)
  // only its hash.
  let issued = null as string | null;
  const { id: deviceId } = await performLoggedWrite(
    ctx,
    { operation: 'createWallDevice', clientMutationId, input: fields },
    async (tx) => {
      const token = newToken();
      const device = await tx.wallDevice.create({
        data: {
          tenantId: scope.tenantId,
          orgUnitId: scope.orgUnitId,
          name: input.name,
          tokenHash: hashToken(token),
          playlist: withPanels(null, input.playlist),
          createdById: actor.userId,
        },
      });
      issued = token;
      return {
        id: device.id,
        record: deviceChange(scope, device.id, {
          action: 'CREATED',
          before: null,
          after: { name: device.name, scopeId: scopeIdOf(device), playlist: input.playlist },
        }),
      };
    },
  );
  if (issued !== null) return { device: await reload(ctx.prisma, deviceId), token: issued };
  return reissueToken(ctx, deviceId);
}

/**
 * A retry of a creation whose answer was lost: the token is nowhere to be read again, so the device
 * gets a new one (which replaces the first: only the latest answer's link works).
 */
async function reissueToken(
  ctx: WriteContext,
  deviceId: string,
): Promise<{ device: WallDevice; token: string }> {
  const { device, scope } = await administeredDevice(ctx, deviceId);
  if (device.revokedAt) throw badInput('clientMutationId', 'deviceRevoked');
  const token = newToken();
  await performLoggedWrite(ctx, { operation: 'reissueWallDeviceToken', input: { deviceId } }, async (tx) => {
    await tx.wallDevice.update({ where: { id: deviceId }, data: { tokenHash: hashToken(token) } });
    return {
      id: deviceId,
      record: deviceChange(scope, deviceId, { action: 'TOKEN_REISSUED', before: null, after: null }),
    };
  });
  return { device: await reload(ctx.prisma, deviceId), token };
}

export async function setWallDevicePlaylist(
  ctx: WriteContext,
  input: { deviceId: string; playlist: string[]; clientMutationId?: string | null },
): Promise<WallDevice> {
  writeActor(ctx.viewer); // anonymous callers and devices are refused before any lookup
  const { scope } = await administeredDevice(ctx, input.deviceId);
  const { clientMutationId, ...fields } = input;
  const { id: deviceId } = await performLoggedWrite(
    ctx,
    { operation: 'setWallDevicePlaylist', clientMutationId, input: fields },
    async (tx) => {
      const device = await tx.wallDevice.findUniqueOrThrow({ where: { id: input.deviceId } });
      if (device.revokedAt) throw badInput('deviceId', 'revoked');
      const before = panelsOf(device.playlist);
      if (before.join() === input.playlist.join()) return { id: device.id, record: null };
      await tx.wallDevice.update({
        where: { id: device.id },
        data: { playlist: withPanels(device.playlist, input.playlist) },
      });
      return {
        id: device.id,
        record: deviceChange(scope, device.id, {
          action: 'PLAYLIST_CHANGED',
          before: { playlist: before },
          after: { playlist: input.playlist },
        }),
      };
    },
  );
  return reload(ctx.prisma, deviceId);
}

export async function revokeWallDevice(
  ctx: WriteContext,
  input: { deviceId: string; clientMutationId?: string | null },
): Promise<WallDevice> {
  writeActor(ctx.viewer); // anonymous callers and devices are refused before any lookup
  const { scope } = await administeredDevice(ctx, input.deviceId);
  const { clientMutationId, ...fields } = input;
  const { id: deviceId } = await performLoggedWrite(
    ctx,
    { operation: 'revokeWallDevice', clientMutationId, input: fields },
    async (tx) => {
      // Conditional, so two admins revoking at once log one revocation.
      const revokedAt = new Date();
      const { count } = await tx.wallDevice.updateMany({
        where: { id: input.deviceId, revokedAt: null },
        data: { revokedAt },
      });
      if (count === 0) return { id: input.deviceId, record: null };
      return {
        id: input.deviceId,
        record: deviceChange(scope, input.deviceId, {
          action: 'REVOKED',
          before: { revokedAt: null },
          after: { revokedAt: revokedAt.toISOString() },
        }),
      };
    },
  );
  return reload(ctx.prisma, deviceId);
}

/** A device reading its own record; its token was checked (and not revoked) moments ago. */
export function ownDevice(db: Db, deviceId: string): Promise<WallDevice | null> {
  return db.wallDevice.findUnique({ where: { id: deviceId } });
}
