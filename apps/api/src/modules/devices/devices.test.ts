// Wall devices over the real server and the seeded demo province: an admin registers a screen and
// gets its token once, the token opens that scope read-only, bad requests write nothing, a
// playlist change reaches the device, a revoked token is refused at once, and the audit log shows
// every step.
import { createHash } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { DEFAULT_WALL_PLAYLIST } from '@ekinerja/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../ids';
import { isViewerStillValid } from '../auth/providers/sessions';
import {
  DEMO_PASSWORD,
  DEMO_YEAR,
  gql,
  loginAs,
  startTestServer,
  type GraphQLResponse,
  type TestServer,
} from '../../testing/testServer';
import { WALL_PANELS } from './lib/wallPlaylist';

interface DeviceJson {
  id: string;
  name: string;
  scope: { __typename: string; id: string; name: string };
  playlist: string[];
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

const DEVICE = `id name scope { __typename ... on Tenant { id name } ... on OrgUnit { id name } }
  playlist createdAt lastSeenAt revokedAt`;

const CREATE = `mutation($input: CreateWallDeviceInput!) { createWallDevice(input: $input) { token device { ${DEVICE} } } }`;
const SET_PLAYLIST = `mutation($input: SetWallDevicePlaylistInput!) { setWallDevicePlaylist(input: $input) { ${DEVICE} } }`;
const REVOKE = `mutation($input: RevokeWallDeviceInput!) { revokeWallDevice(input: $input) { ${DEVICE} } }`;
const LIST = `query($t: ID!) { wallDevices(tenantId: $t) { ${DEVICE} } }`;
const SELF = `{ wallDevice { ${DEVICE} } me { id } }`;
const SCOREBOARD = `query($s: ID!, $y: Int!, $m: Int!) { scoreboard(scopeId: $s, year: $y, month: $m) { score { value } } }`;
const AUDIT = `query($s: ID!) { auditLog(scopeId: $s, entityType: "WallDevice", first: 50) {
  edges { node { seq actor entityType entityId action before after } } } }`;

type CreateResult = { createWallDevice: { token: string; device: DeviceJson } };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const rawId = (globalId: string) => globalId.slice(globalId.indexOf(':') + 1);

function errorOf(res: GraphQLResponse) {
  expect(res.errors, JSON.stringify(res.data)).toBeDefined();
  return res.errors![0]!.extensions ?? {};
}

describe('wall devices', () => {
  let t: TestServer;
  const tokens: Record<string, string> = {};
  let province: string;
  let dikes: string;
  let city: string;

  /** What a rejected request must leave untouched. */
  async function writeCounts() {
    const prisma = t.db.prisma;
    return {
      devices: await prisma.wallDevice.count(),
      changes: await prisma.changeEvent.count(),
      keys: await prisma.idempotencyKey.count(),
    };
  }

  /** As the superadmin unless told otherwise (null: anonymous). */
  const create = (input: Record<string, unknown>, token: string | null = tokens.superadmin!) =>
    gql<CreateResult>(t.base, CREATE, { input }, token ?? undefined);

  async function created(input: Record<string, unknown>) {
    const res = await create(input);
    expect(res.errors).toBeUndefined();
    return res.data!.createWallDevice;
  }

  beforeAll(async () => {
    t = await startTestServer();
    for (const account of ['superadmin', 'gubernur', 'operator-kesehatan']) {
      tokens[account] = await loginAs(t.base, account);
    }
    const prisma = t.db.prisma;
    const tenant = await prisma.tenant.findUniqueOrThrow({ where: { code: '52' } });
    province = toGlobalId('Tenant', tenant.id);
    const dikesRow = await prisma.orgUnit.findFirstOrThrow({ where: { shortName: 'Dikes', kind: 'OPD' } });
    dikes = toGlobalId('OrgUnit', dikesRow.id);
    // Another tenant with an administrator of its own: a city under the province.
    const cityRow = await prisma.tenant.create({
      data: {
        code: '5298',
        name: 'Kota Perangkat',
        shortName: 'Perangkat',
        kind: 'CITY',
        parentId: tenant.id,
        settings: { create: {} },
      },
    });
    city = toGlobalId('Tenant', cityRow.id);
    await prisma.user.create({
      data: {
        username: 'admin-kota',
        displayName: 'Admin Kota Perangkat',
        passwordHash: await hash(DEMO_PASSWORD),
        tenantId: cityRow.id,
        roles: { create: { role: 'TENANT_ADMIN', tenantId: cityRow.id } },
      },
    });
    tokens['admin-kota'] = await loginAs(t.base, 'admin-kota');
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('knows the same panels, in the same default order, as the seed', () => {
    expect([...WALL_PANELS]).toEqual(DEFAULT_WALL_PLAYLIST.panels);
  });

  it('creates a device whose token, shown once, opens its scope read-only', async () => {
    const { token, device } = await created({
      scopeId: dikes,
      name: '  Layar Dinas Kesehatan ',
      playlist: ['ranking'],
    });
    expect(device).toMatchObject({
      name: 'Layar Dinas Kesehatan',
      scope: { __typename: 'OrgUnit', id: dikes, name: 'Dinas Kesehatan' },
      playlist: ['ranking'],
      lastSeenAt: null,
      revokedAt: null,
    });
    expect(device.id).toMatch(/^WallDevice:/);
    expect(token).toMatch(/^[\w-]{32,}$/);

    // Only the hash is kept: not in the device row, not in the stored answer to a retry.
    const row = await t.db.prisma.wallDevice.findUniqueOrThrow({ where: { id: rawId(device.id) } });
    expect(row.tokenHash).toBe(sha256(token));
    const everything = JSON.stringify(
      {
        devices: await t.db.prisma.wallDevice.findMany(),
        keys: await t.db.prisma.idempotencyKey.findMany(),
        changes: await t.db.prisma.changeEvent.findMany({ where: { entityType: 'WallDevice' } }),
      },
      (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v),
    );
    expect(everything).not.toContain(token);

    // As the device: it knows itself, reads its scope, and nothing above it.
    const self = await gql<{ wallDevice: DeviceJson; me: null }>(t.base, SELF, {}, token);
    expect(self.errors).toBeUndefined();
    expect(self.data!.me).toBeNull();
    expect(self.data!.wallDevice).toMatchObject({
      id: device.id,
      playlist: ['ranking'],
      scope: { id: dikes },
    });
    const board = await gql<{ scoreboard: { score: { value: number | null } } }>(
      t.base,
      SCOREBOARD,
      { s: dikes, y: DEMO_YEAR, m: 10 },
      token,
    );
    expect(board.errors).toBeUndefined();
    expect(board.data!.scoreboard.score.value).toEqual(expect.any(Number));
    const above = await gql(t.base, SCOREBOARD, { s: province, y: DEMO_YEAR, m: 10 }, token);
    expect(errorOf(above).code).toBe('FORBIDDEN');
    const write = await create({ scopeId: dikes, name: 'Dari perangkat' }, token);
    expect(errorOf(write).code).toBe('FORBIDDEN');

    // Using the token marks the device as seen.
    const listed = await gql<{ wallDevices: DeviceJson[] }>(t.base, LIST, { t: province }, tokens.superadmin);
    expect(listed.errors).toBeUndefined();
    const mine = listed.data!.wallDevices.find((d) => d.id === device.id)!;
    expect(mine.lastSeenAt).not.toBeNull();
    expect(listed.data!.wallDevices.map((d) => d.name)).toContain('Layar Ruang Kerja Gubernur');
  });

  it('gives a new device every panel in the default order, and a user no `wallDevice`', async () => {
    const { device } = await created({ scopeId: province, name: 'Layar Bappeda' });
    expect(device.playlist).toEqual([
      'nko',
      'ranking',
      'budget',
      'atRisk',
      'reporting',
      'regencies',
      'activity',
    ]);
    expect(device.scope).toMatchObject({ __typename: 'Tenant', id: province });
    const self = await gql<{ wallDevice: DeviceJson | null }>(t.base, SELF, {}, tokens.gubernur);
    expect(self.errors).toBeUndefined();
    expect(self.data!.wallDevice).toBeNull();
    // The seeded device's playlist is stored with its rotation time: the panels are read from it.
    const seeded = await gql<{ wallDevice: DeviceJson }>(t.base, SELF, {}, t.wallToken);
    expect(seeded.data!.wallDevice.playlist).toEqual([...WALL_PANELS]);
  });

  it.each([
    ['an empty name', 'superadmin', { scopeId: 'dikes', name: '   ' }, 'BAD_USER_INPUT', 'name', 'too_small'],
    [
      'a name too long',
      'superadmin',
      { scopeId: 'dikes', name: 'x'.repeat(101) },
      'BAD_USER_INPUT',
      'name',
      'too_big',
    ],
    [
      'an unknown panel',
      'superadmin',
      { scopeId: 'dikes', name: 'Layar', playlist: ['ranking', 'weather'] },
      'BAD_USER_INPUT',
      'playlist.1',
      'invalid_value',
    ],
    [
      'a panel twice',
      'superadmin',
      { scopeId: 'dikes', name: 'Layar', playlist: ['nko', 'nko'] },
      'BAD_USER_INPUT',
      'playlist.1',
      'duplicate',
    ],
    [
      'an empty playlist',
      'superadmin',
      { scopeId: 'dikes', name: 'Layar', playlist: [] },
      'BAD_USER_INPUT',
      'playlist',
      'too_small',
    ],
    [
      'a scope that is no tenant or unit',
      'superadmin',
      { scopeId: 'user', name: 'Layar' },
      'BAD_USER_INPUT',
      'scopeId',
      'scopeType',
    ],
    [
      'a scope that does not exist',
      'superadmin',
      { scopeId: 'missing', name: 'Layar' },
      'BAD_USER_INPUT',
      'scopeId',
      'notFound',
    ],
    [
      'a scope of another tenant',
      'admin-kota',
      { scopeId: 'dikes', name: 'Layar' },
      'FORBIDDEN',
      undefined,
      undefined,
    ],
    [
      'an operator',
      'operator-kesehatan',
      { scopeId: 'dikes', name: 'Layar' },
      'FORBIDDEN',
      undefined,
      undefined,
    ],
    ['a leader', 'gubernur', { scopeId: 'province', name: 'Layar' }, 'FORBIDDEN', undefined, undefined],
    ['nobody', 'anonymous', { scopeId: 'dikes', name: 'Layar' }, 'UNAUTHENTICATED', undefined, undefined],
  ] as const)('refuses %s and writes nothing', async (what, account, input, code, field, rule) => {
    const scopes: Record<string, string> = {
      dikes,
      province,
      user: toGlobalId('User', '00000000-0000-4000-8000-000000000001'),
      missing: toGlobalId('OrgUnit', '00000000-0000-4000-8000-000000000002'),
    };
    const before = await writeCounts();
    const res = await create(
      { ...input, scopeId: scopes[input.scopeId], clientMutationId: `bad ${what}`.replaceAll(' ', '-') },
      tokens[account] ?? null,
    );
    const extensions = errorOf(res);
    expect(res.data?.createWallDevice ?? null).toBeNull();
    expect(extensions.code).toBe(code);
    expect(extensions.field).toBe(field);
    expect(extensions.rule).toBe(rule);
    expect(await writeCounts()).toEqual(before);
  });

  it('lists devices only for the administrators of the tenant', async () => {
    for (const account of ['admin-kota', 'operator-kesehatan', 'gubernur']) {
      const res = await gql(t.base, LIST, { t: province }, tokens[account]);
      expect(errorOf(res).code, account).toBe('FORBIDDEN');
    }
    const own = await gql<{ wallDevices: DeviceJson[] }>(t.base, LIST, { t: city }, tokens['admin-kota']);
    expect(own.errors).toBeUndefined();
    expect(own.data!.wallDevices).toEqual([]);
    const wrongType = await gql(t.base, LIST, { t: dikes }, tokens.superadmin);
    expect(errorOf(wrongType)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tenantId', rule: 'globalId' });
  });

  it('changes the playlist, which the device sees at once', async () => {
    const { token, device } = await created({ scopeId: dikes, name: 'Layar Playlist' });
    const set = (playlist: unknown, account = 'superadmin') =>
      gql<{ setWallDevicePlaylist: DeviceJson }>(
        t.base,
        SET_PLAYLIST,
        { input: { deviceId: device.id, playlist } },
        tokens[account],
      );
    const changed = await set(['activity', 'nko']);
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.setWallDevicePlaylist.playlist).toEqual(['activity', 'nko']);
    const self = await gql<{ wallDevice: DeviceJson }>(t.base, SELF, {}, token);
    expect(self.data!.wallDevice.playlist).toEqual(['activity', 'nko']);

    const before = await writeCounts();
    expect(errorOf(await set(['activity', 'clock']))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'playlist.1',
    });
    expect(errorOf(await set([]))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'playlist',
      rule: 'too_small',
    });
    expect(errorOf(await set(['nko'], 'operator-kesehatan')).code).toBe('FORBIDDEN');
    expect(errorOf(await set(['nko'], 'admin-kota')).code).toBe('FORBIDDEN');
    // The same playlist again is no change.
    expect((await set(['activity', 'nko'])).errors).toBeUndefined();
    expect(await writeCounts()).toEqual(before);
  });

  it('applies a retried creation once, and the retry still hands out a working link', async () => {
    const input = {
      scopeId: dikes,
      name: 'Layar Ruang Rapat',
      playlist: ['nko'],
      clientMutationId: 'create-once-1',
    };
    const devicesBefore = await t.db.prisma.wallDevice.count();
    const first = await created(input);
    const retry = await created(input);
    expect(retry.device.id).toBe(first.device.id);
    expect(await t.db.prisma.wallDevice.count()).toBe(devicesBefore + 1);
    // The first token was never stored, so the retry's answer carries a new one that replaces it.
    expect(retry.token).not.toBe(first.token);
    const withRetry = await gql<{ wallDevice: DeviceJson | null }>(t.base, SELF, {}, retry.token);
    expect(withRetry.data!.wallDevice?.id).toBe(first.device.id);
    const withFirst = await gql<{ wallDevice: DeviceJson | null }>(t.base, SELF, {}, first.token);
    expect(withFirst.data!.wallDevice).toBeNull();

    const reused = await create({ ...input, name: 'Layar Lain' });
    expect(errorOf(reused)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'clientMutationId',
      rule: 'reusedWithDifferentInput',
    });
  });

  it('revokes a device: its token is refused at once, and the audit log shows each step', async () => {
    const { token, device } = await created({
      scopeId: dikes,
      name: 'Layar Dicabut',
      playlist: ['ranking', 'budget'],
    });
    await gql(
      t.base,
      SET_PLAYLIST,
      { input: { deviceId: device.id, playlist: ['budget'] } },
      tokens.superadmin,
    );
    const viewerBefore = { kind: 'device', deviceId: rawId(device.id), scopeId: rawId(dikes) } as const;
    expect(await isViewerStillValid(t.db.prisma, viewerBefore)).toBe(true);

    const forbidden = await gql(
      t.base,
      REVOKE,
      { input: { deviceId: device.id } },
      tokens['operator-kesehatan'],
    );
    expect(errorOf(forbidden).code).toBe('FORBIDDEN');

    const revoke = () =>
      gql<{ revokeWallDevice: DeviceJson }>(
        t.base,
        REVOKE,
        { input: { deviceId: device.id, clientMutationId: `revoke-${Math.random()}` } },
        tokens.superadmin,
      );
    const revoked = await revoke();
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeWallDevice.revokedAt).toEqual(expect.any(String));

    // HTTP requests and live sockets (their periodic check) alike.
    const self = await gql<{ wallDevice: DeviceJson | null }>(t.base, SELF, {}, token);
    expect(self.errors).toBeUndefined();
    expect(self.data!.wallDevice).toBeNull();
    const board = await gql(t.base, SCOREBOARD, { s: dikes, y: DEMO_YEAR, m: 10 }, token);
    expect(errorOf(board).code).toBe('UNAUTHENTICATED');
    expect(await isViewerStillValid(t.db.prisma, viewerBefore)).toBe(false);

    // Revoking again changes nothing; a revoked device's playlist is final.
    const again = await revoke();
    expect(again.data!.revokeWallDevice.revokedAt).toBe(revoked.data!.revokeWallDevice.revokedAt);
    const late = await gql(
      t.base,
      SET_PLAYLIST,
      { input: { deviceId: device.id, playlist: ['nko'] } },
      tokens.superadmin,
    );
    expect(errorOf(late)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deviceId', rule: 'revoked' });

    const audit = await gql<{
      auditLog: {
        edges: {
          node: { actor: string; entityId: string; action: string; before: unknown; after: unknown };
        }[];
      };
    }>(t.base, AUDIT, { s: dikes }, tokens.superadmin);
    expect(audit.errors).toBeUndefined();
    const steps = audit.data!.auditLog.edges.map((e) => e.node).filter((n) => n.entityId === device.id);
    expect(steps.map((s) => s.action)).toEqual(['REVOKED', 'PLAYLIST_CHANGED', 'CREATED']);
    expect(steps.every((s) => s.actor === 'Administrator Sistem')).toBe(true);
    const [revokedStep, playlistStep, createdStep] = steps;
    expect(createdStep!.before).toBeNull();
    expect(createdStep!.after).toEqual({
      name: 'Layar Dicabut',
      scopeId: dikes,
      playlist: ['ranking', 'budget'],
    });
    expect(playlistStep).toMatchObject({
      before: { playlist: ['ranking', 'budget'] },
      after: { playlist: ['budget'] },
    });
    expect(revokedStep).toMatchObject({
      before: { revokedAt: null },
      after: { revokedAt: revoked.data!.revokeWallDevice.revokedAt },
    });
    // The province's audit shows its OPDs' devices too.
    const provinceAudit = await gql<{ auditLog: { edges: { node: { entityId: string } }[] } }>(
      t.base,
      AUDIT,
      { s: province },
      tokens.superadmin,
    );
    expect(provinceAudit.data!.auditLog.edges.filter((e) => e.node.entityId === device.id)).toHaveLength(3);
  });
});
