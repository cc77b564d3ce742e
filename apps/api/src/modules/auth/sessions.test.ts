// Sessions people can see and end, over the real server: a user lists their sessions and ends one
// or all the others, an administrator ends a user's sessions or disables the account, and a
// password change ends the other sessions. Whatever ends a session stops its token on HTTP and
// closes its graphql-ws sockets with 4401 at once (pushed over the event bus, not left to the
// periodic re-check); nobody ends someone else's session.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createTestUser, dikesScope } from '../../testing/accounts';
import { gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';
import { createEventBus } from '../../realtime/eventBus';
import { CLOSE_REVOKED } from '../../realtime/socketRegistry';
import { createAppServer } from '../../server';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const SESSIONS = `{ mySessions { id device browser ip current lastSeenAt } }`;
const END = `mutation($input: EndSessionInput!) { endSession(input: $input) }`;
const END_OTHERS = `mutation { endOtherSessions }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { endedSessions } }`;
const END_USER = `mutation($input: EndUserSessionsInput!) { endUserSessions(input: $input) { id } }`;
const SET_ACTIVE = `mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { id isActive } }`;
const BELL = `subscription { notificationBell { unreadCount } }`;

const PASSWORD = 'sesi-awal-rinjani-2026';
const LAPTOP =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const PHONE =
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36';
/** Generous: the server closes at once; the periodic re-check (15 s) must not be what closes it. */
const CLOSE_WAIT_MS = 8_000;
/** How long a socket that must stay open is watched, once the ended ones have closed. */
const STAYS_OPEN_MS = 1_000;

interface SessionView {
  id: string;
  device: string | null;
  browser: string | null;
  ip: string | null;
  current: boolean;
}

let t: TestServer;
let admin: string;
let head: string;
let dikesId: string;
const clients: Client[] = [];

/** Signs in with a browser's user agent (the shared helper sends Node's). */
async function signIn(username: string, password = PASSWORD, userAgent = LAPTOP): Promise<string> {
  const res = await fetch(`${t.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': userAgent },
    body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }),
  });
  const body = (await res.json()) as { data?: { login: { token: string } }; errors?: unknown };
  if (!body.data?.login) throw new Error(`login as ${username} failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}

/** A user made for one test, so ending their sessions touches nobody else's. */
function newUser(username: string): Promise<string> {
  return createTestUser(t.base, admin, { username, password: PASSWORD, role: 'OPERATOR', scopeId: dikesId });
}

/**
 * A live socket with a running subscription (its first message has arrived), and the close code
 * it ends with: resolves with the code, or with null if it is still open after `waitMs`.
 */
async function liveSocket(token: string, wsUrl = t.wsUrl) {
  let onClose: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (onClose = resolve));
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${token}` },
    on: { closed: (event) => onClose((event as { code: number }).code) },
  });
  clients.push(client);
  await new Promise<void>((resolve, reject) => {
    client.subscribe({ query: BELL }, { next: () => resolve(), error: reject, complete: () => undefined });
  });
  return {
    closeCode: (waitMs = CLOSE_WAIT_MS) =>
      Promise.race([closed, new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs))]),
  };
}

/** Whether a token still works over HTTP: its sessions list, or the error code it gets. */
async function probe(token: string) {
  const res = await gql<{ mySessions: SessionView[] }>(t.base, SESSIONS, {}, token);
  return res.data ? 'ok' : res.errors?.[0]?.extensions?.code;
}

beforeAll(async () => {
  // Every sign-in here comes from one address: room for them all under the per-IP limit.
  t = await startTestServer({
    limits: {
      perIpPoints: 500,
      perIpWindowSeconds: 300,
      perUsernameFailures: 5,
      perUsernameWindowSeconds: 900,
    },
  });
  [admin, head] = await Promise.all([loginAs(t.base, 'superadmin'), loginAs(t.base, 'kadis-kesehatan')]);
  ({ dikesId } = await dikesScope(t.db.prisma));
}, 120_000);

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});

afterAll(async () => {
  await t?.stop();
});

describe('a user’s own sessions', () => {
  it('lists the live sessions with device, browser and IP, the current one marked', async () => {
    await newUser('sesi-daftar');
    const laptop = await signIn('sesi-daftar', PASSWORD, LAPTOP);
    await signIn('sesi-daftar', PASSWORD, PHONE);
    const res = await gql<{ mySessions: SessionView[] }>(t.base, SESSIONS, {}, laptop);
    expect(res.errors).toBeUndefined();
    const sessions = res.data!.mySessions;
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toEqual([
      expect.objectContaining({ device: 'Windows', browser: 'Chrome 131' }),
    ]);
    expect(sessions.find((s) => !s.current)).toMatchObject({
      device: 'Android',
      browser: 'Samsung Internet 26',
    });
    expect(sessions.every((s) => s.ip && s.id.startsWith('Session:'))).toBe(true);
    const anonymous = await gql(t.base, SESSIONS);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends one session: its token stops on HTTP and its socket closes with 4401; the others live', async () => {
    await newUser('sesi-satu');
    const laptop = await signIn('sesi-satu', PASSWORD, LAPTOP);
    const phone = await signIn('sesi-satu', PASSWORD, PHONE);
    const [laptopSocket, phoneSocket] = await Promise.all([liveSocket(laptop), liveSocket(phone)]);
    const listed = await gql<{ mySessions: SessionView[] }>(t.base, SESSIONS, {}, laptop);
    const phoneSession = listed.data!.mySessions.find((s) => !s.current)!;

    const res = await gql(t.base, END, { input: { sessionId: phoneSession.id } }, laptop);
    expect(res.errors).toBeUndefined();
    expect(await phoneSocket.closeCode()).toBe(CLOSE_REVOKED);
    expect(await probe(phone)).toBe('UNAUTHENTICATED');
    expect(await probe(laptop)).toBe('ok');
    expect(await laptopSocket.closeCode(STAYS_OPEN_MS)).toBeNull();

    // Ended already: nothing to end.
    const again = await gql(t.base, END, { input: { sessionId: phoneSession.id } }, laptop);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('ends all the other sessions and keeps the current one', async () => {
    await newUser('sesi-lain');
    const current = await signIn('sesi-lain');
    const others = await Promise.all([signIn('sesi-lain', PASSWORD, PHONE), signIn('sesi-lain')]);
    const sockets = await Promise.all([current, ...others].map((token) => liveSocket(token)));

    const res = await gql<{ endOtherSessions: number }>(t.base, END_OTHERS, {}, current);
    expect(res.errors).toBeUndefined();
    expect(res.data?.endOtherSessions).toBe(2);
    expect(await Promise.all(sockets.slice(1).map((s) => s.closeCode()))).toEqual([
      CLOSE_REVOKED,
      CLOSE_REVOKED,
    ]);
    expect(await Promise.all(others.map(probe))).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(await probe(current)).toBe('ok');
    expect(await sockets[0]!.closeCode(STAYS_OPEN_MS)).toBeNull();
  });

  it('never ends another user’s session, and changes nothing trying', async () => {
    await Promise.all([newUser('sesi-korban'), newUser('sesi-penyusup')]);
    const victim = await signIn('sesi-korban');
    const intruder = await signIn('sesi-penyusup');
    const victimSocket = await liveSocket(victim);
    const victimSession = (await gql<{ mySessions: SessionView[] }>(t.base, SESSIONS, {}, victim)).data!
      .mySessions[0]!;
    const live = () => t.db.prisma.session.count({ where: { revokedAt: null } });
    const before = await live();

    const res = await gql(t.base, END, { input: { sessionId: victimSession.id } }, intruder);
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(res.errors?.[0]?.extensions?.code);
    expect(await live()).toBe(before);
    expect(await probe(victim)).toBe('ok');
    // A wall device cannot end sessions either.
    const device = await gql(t.base, END, { input: { sessionId: victimSession.id } }, t.wallToken);
    expect(device.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await victimSocket.closeCode(STAYS_OPEN_MS)).toBeNull();
  });
});

describe('changing one’s password', () => {
  it('refuses a wrong current password or a weak new one, naming the field and rule', async () => {
    await newUser('sesi-sandi-salah');
    const token = await signIn('sesi-sandi-salah');
    const stored = () =>
      t.db.prisma.user.findUniqueOrThrow({
        where: { username: 'sesi-sandi-salah' },
        select: { passwordHash: true },
      });
    const hashBefore = (await stored()).passwordHash;
    const cases: [Record<string, string>, string, string][] = [
      [
        { currentPassword: 'bukan-sandi-saya-99', newPassword: 'tenun-kopi-pelangi-77' },
        'currentPassword',
        'incorrect',
      ],
      [{ currentPassword: PASSWORD, newPassword: 'Pendek#1' }, 'newPassword', 'tooShort'],
      [{ currentPassword: PASSWORD, newPassword: 'password123456' }, 'newPassword', 'guessable'],
      [
        { currentPassword: PASSWORD, newPassword: 'sesi-sandi-salah-2026' },
        'newPassword',
        'containsUsername',
      ],
      [{ currentPassword: PASSWORD, newPassword: PASSWORD }, 'newPassword', 'unchanged'],
      [{ currentPassword: '', newPassword: 'tenun-kopi-pelangi-77' }, 'currentPassword', 'too_small'],
    ];
    for (const [input, field, rule] of cases) {
      const res = await gql(t.base, CHANGE, { input }, token);
      expect(res.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        rule,
      });
    }
    expect((await stored()).passwordHash).toBe(hashBefore);
    expect(await probe(token)).toBe('ok');
  });

  it('sets the new password and ends every other session, closing their sockets', async () => {
    await newUser('sesi-sandi');
    const current = await signIn('sesi-sandi');
    const other = await signIn('sesi-sandi', PASSWORD, PHONE);
    const [currentSocket, otherSocket] = await Promise.all([liveSocket(current), liveSocket(other)]);
    const res = await gql<{ changePassword: { endedSessions: number } }>(
      t.base,
      CHANGE,
      { input: { currentPassword: PASSWORD, newPassword: 'tenun-kopi-pelangi-77' } },
      current,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.changePassword.endedSessions).toBe(1);
    expect(await otherSocket.closeCode()).toBe(CLOSE_REVOKED);
    expect(await probe(other)).toBe('UNAUTHENTICATED');
    expect(await probe(current)).toBe('ok');
    expect(await currentSocket.closeCode(STAYS_OPEN_MS)).toBeNull();
    await expect(signIn('sesi-sandi')).rejects.toThrow(/login as sesi-sandi failed/);
    await expect(signIn('sesi-sandi', 'tenun-kopi-pelangi-77')).resolves.toBeTruthy();
  });
});

describe('an administrator over a user’s sessions', () => {
  it('ends every session of a user, logged in the audit trail; a unit head may not', async () => {
    const userId = await newUser('sesi-admin-akhiri');
    const tokens = await Promise.all([
      signIn('sesi-admin-akhiri'),
      signIn('sesi-admin-akhiri', PASSWORD, PHONE),
    ]);
    const sockets = await Promise.all(tokens.map((token) => liveSocket(token)));

    const refused = await gql(t.base, END_USER, { input: { userId } }, head);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await Promise.all(tokens.map(probe))).toEqual(['ok', 'ok']);

    const res = await gql(t.base, END_USER, { input: { userId } }, admin);
    expect(res.errors).toBeUndefined();
    expect(await Promise.all(sockets.map((s) => s.closeCode()))).toEqual([CLOSE_REVOKED, CLOSE_REVOKED]);
    expect(await Promise.all(tokens.map(probe))).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    const logged = await t.db.prisma.changeEvent.findFirst({
      where: { entityType: 'User', entityId: userId.split(':')[1], action: 'SESSIONS_ENDED' },
    });
    expect(logged?.after).toEqual({ sessionsEnded: 2 });
  });

  it('disables an account: its sockets close, its tokens stop, it cannot sign in until enabled again', async () => {
    const userId = await newUser('sesi-nonaktif');
    const tokens = await Promise.all([signIn('sesi-nonaktif'), signIn('sesi-nonaktif', PASSWORD, PHONE)]);
    const sockets = await Promise.all(tokens.map((token) => liveSocket(token)));

    const res = await gql<{ setUserActive: { isActive: boolean } }>(
      t.base,
      SET_ACTIVE,
      { input: { userId, active: false } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.setUserActive.isActive).toBe(false);
    expect(await Promise.all(sockets.map((s) => s.closeCode()))).toEqual([CLOSE_REVOKED, CLOSE_REVOKED]);
    expect(await Promise.all(tokens.map(probe))).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    await expect(signIn('sesi-nonaktif')).rejects.toThrow(/failed/);
    const actions = await t.db.prisma.changeEvent.findMany({
      where: { entityType: 'User', entityId: userId.split(':')[1] },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toContain('DISABLED');

    const enabled = await gql(t.base, SET_ACTIVE, { input: { userId, active: true } }, admin);
    expect(enabled.errors).toBeUndefined();
    await expect(signIn('sesi-nonaktif')).resolves.toBeTruthy();
  });

  it('refuses disabling oneself, and a unit head disabling anyone', async () => {
    const self = await gql<{ me: { id: string } }>(t.base, '{ me { id } }', {}, admin);
    const own = await gql(t.base, SET_ACTIVE, { input: { userId: self.data!.me.id, active: false } }, admin);
    expect(own.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'userId',
      rule: 'self',
    });
    const userId = await newUser('sesi-bukan-wewenang');
    const refused = await gql(t.base, SET_ACTIVE, { input: { userId, active: false } }, head);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stored = await t.db.prisma.user.findUniqueOrThrow({ where: { username: 'sesi-bukan-wewenang' } });
    expect(stored.isActive).toBe(true);
  });
});

// Two API instances on one database, joined by Redis (CI's PostgreSQL pass sets REDIS_URL): a
// session ended through one closes its socket on the other at once, well before that instance's
// periodic re-check (every 15 s) would.
describe.runIf(process.env.REDIS_URL)('across API instances', () => {
  it('ends a session through one instance and closes its socket on the other', async () => {
    const channel = `ekinerja:test:${randomUUID()}`;
    const buses = [0, 1].map(() => createEventBus(process.env.REDIS_URL, t.services.logger, channel));
    await Promise.all(buses.map((bus) => bus.ready()));
    const servers = await Promise.all(buses.map((bus) => createAppServer({ ...t.services, bus })));
    try {
      const [a, b] = await Promise.all(
        servers.map(async (server) => {
          await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
          const { port } = server.httpServer.address() as AddressInfo;
          return { base: `http://127.0.0.1:${port}`, wsUrl: `ws://127.0.0.1:${port}/graphql` };
        }),
      );
      await newUser('sesi-dua-instans');
      const laptop = await signIn('sesi-dua-instans');
      const phone = await signIn('sesi-dua-instans', PASSWORD, PHONE);
      const phoneSocket = await liveSocket(phone, b!.wsUrl);
      const phoneSession = (
        await gql<{ mySessions: SessionView[] }>(a!.base, SESSIONS, {}, laptop)
      ).data!.mySessions.find((s) => !s.current)!;

      const res = await gql(a!.base, END, { input: { sessionId: phoneSession.id } }, laptop);
      expect(res.errors).toBeUndefined();
      expect(await phoneSocket.closeCode()).toBe(CLOSE_REVOKED);
      expect(await probe(phone)).toBe('UNAUTHENTICATED');
    } finally {
      await Promise.all(clients.splice(0).map((c) => c.dispose()));
      await Promise.all(servers.map((server) => server.stop()));
      await Promise.all(buses.map((bus) => bus.close()));
    }
  });
});
