// Two API processes on one PostgreSQL database, joined by their own Redis: a change made through
// one reaches subscribers of the other, and with Redis gone and back, writes keep committing and
// every screen converges through heartbeats and changesSince. Needs PostgreSQL (DATABASE_URL), so
// it runs in the PostgreSQL pass only.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@ekinerja/db';
import { createTestDatabase, type TestDatabase } from '@ekinerja/db/testing';
import { toGlobalId } from '../ids';
import { compareStoredScores, rebuildScores } from '../modules/snapshots';
import { DEMO_NOW, DEMO_YEAR, gql, loginAs } from '../testing/testServer';
import {
  collect,
  DELTAS,
  enterAndSubmit,
  freeSlots,
  liveClient,
  verify,
  type Delta,
  type Slot,
} from '../testing/workflow';

const apiRoot = resolve(import.meta.dirname, '../..');
/** How long a screen may lag behind while Redis is down: two heartbeats. */
const CONVERGENCE_MS = 10_000;

let db: TestDatabase;
let redisPort: number;
let redis: ChildProcess | undefined;
const apis: { process: ChildProcess; base: string; wsUrl: string }[] = [];
const clients: Client[] = [];
let operator: string;
let head: string;
let sekda: string;
let provinceScope: string;
/** Open months of Dinas Kesehatan's own indicators, all in one month: each verification moves
 * the OPD's score in that month's province ranking. */
let slots: Slot[];

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function startRedis(): Promise<void> {
  redis = spawn(
    'redis-server',
    ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  await waitFor(
    () =>
      new Promise((ok) => {
        const probe = spawn('redis-cli', ['-p', String(redisPort), 'ping'], { stdio: 'ignore' });
        probe.on('exit', (code) => ok(code === 0));
      }),
    'redis',
  );
}

async function stopRedis(): Promise<void> {
  const running = redis;
  redis = undefined;
  if (!running || running.exitCode !== null) return;
  await new Promise((done) => {
    running.once('exit', done);
    running.kill('SIGKILL');
  });
}

async function startApi(): Promise<void> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: db.url!,
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      SIMULATE: '0',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    },
  });
  const base = `http://127.0.0.1:${port}`;
  apis.push({ process: child, base, wsUrl: `ws://127.0.0.1:${port}/graphql` });
  await waitFor(async () => (await fetch(`${base}/readyz`)).ok, `API on port ${port}`);
}

function subscribe(api: { wsUrl: string }, token: string) {
  const client = liveClient(api.wsUrl, token);
  clients.push(client);
  return collect<Delta>(client, DELTAS, { scopeId: provinceScope, month: slots[0]!.month });
}

/** Resolves with the first message at or past `seq`, or rejects after `ms`. */
function within<T extends { seq: string }>(
  feed: { next(match: (m: T) => boolean): Promise<T> },
  seq: string,
  ms: number,
): Promise<T> {
  return Promise.race([
    feed.next((m) => BigInt(m.seq) >= BigInt(seq)),
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`no message with seq >= ${seq} within ${ms} ms`)), ms),
    ),
  ]);
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { includeRegencies: false, now: DEMO_NOW, env: {} });
  await rebuildScores(db.prisma, { year: DEMO_YEAR });
  const province = await db.prisma.tenant.findUniqueOrThrow({ where: { code: '52' } });
  provinceScope = toGlobalId('Tenant', province.id);
  const dikes = await db.prisma.orgUnit.findFirstOrThrow({
    where: { tenantId: province.id, name: { contains: 'Kesehatan' }, kind: 'OPD' },
  });
  const open = await freeSlots(db.prisma, 12, dikes.id);
  slots = open.filter((s) => s.month === open[0]!.month);
  expect(slots.length).toBeGreaterThanOrEqual(4);
  redisPort = await freePort();
  await startRedis();
  await Promise.all([startApi(), startApi()]);
  operator = await loginAs(apis[0]!.base, 'operator-kesehatan');
  head = await loginAs(apis[0]!.base, 'kadis-kesehatan');
  sekda = await loginAs(apis[1]!.base, 'sekda');
}, 180_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await Promise.all(
    apis.map(
      (api) =>
        new Promise((done) => {
          if (api.process.exitCode !== null) return done(undefined);
          api.process.once('exit', done);
          api.process.kill('SIGTERM');
        }),
    ),
  );
  await stopRedis();
  await db?.dispose();
});

describe('two API instances through Redis', () => {
  it('delivers a verification made on instance A to a subscriber on instance B', async () => {
    const [a, b] = apis;
    const onB = subscribe(b!, sekda);
    await onB.next((m) => m.kind === 'HEARTBEAT');
    const verified = await verify(a!.base, head, await enterAndSubmit(a!.base, operator, slots[0]!, 7));
    // Far sooner than a heartbeat: it came over the bus.
    const delta = await within(onB, verified.seq, 4_000);
    expect(delta.kind).toBe('DELTA');
    expect(delta.seq).toBe(verified.seq);
  });

  it('keeps committing while Redis is down, and both instances converge within 10 s, before and after it returns', async () => {
    const [a, b] = apis;
    const onA = subscribe(a!, sekda);
    const onB = subscribe(b!, sekda);
    await Promise.all([onA.next((m) => m.kind === 'HEARTBEAT'), onB.next((m) => m.kind === 'HEARTBEAT')]);

    await stopRedis();
    // Writes through both instances commit without the bus.
    const ids = [
      await enterAndSubmit(a!.base, operator, slots[1]!, 8),
      await enterAndSubmit(b!.base, operator, slots[2]!, 9),
    ];
    await verify(a!.base, head, ids[0]!);
    const lastWhileDown = await verify(b!.base, head, ids[1]!);
    const [seenOnA, seenOnB] = await Promise.all([
      within(onA, lastWhileDown.seq, CONVERGENCE_MS),
      within(onB, lastWhileDown.seq, CONVERGENCE_MS),
    ]);
    expect(seenOnA.seq).toBe(lastWhileDown.seq);
    expect(seenOnB.seq).toBe(lastWhileDown.seq);

    // A client that was away asks what it missed, on either instance.
    const missed = await gql<{
      changesSince: { refetch: boolean; seq: string; events: { action: string }[] };
    }>(
      b!.base,
      `query($scopeId: ID!, $seq: String!) { changesSince(scopeId: $scopeId, seq: $seq) { refetch seq events { action } } }`,
      { scopeId: provinceScope, seq: (BigInt(lastWhileDown.seq) - 6n).toString() },
      sekda,
    );
    expect(missed.data!.changesSince).toMatchObject({ refetch: false, seq: lastWhileDown.seq });
    expect(missed.data!.changesSince.events.filter((e) => e.action === 'VERIFIED')).toHaveLength(2);

    await startRedis();
    await waitFor(
      async () => (await fetch(`${a!.base}/readyz`)).ok && (await fetch(`${b!.base}/readyz`)).ok,
      'the bus to return',
      30_000,
    );
    const afterReturn = await verify(a!.base, head, await enterAndSubmit(a!.base, operator, slots[3]!, 10));
    await Promise.all([
      within(onA, afterReturn.seq, CONVERGENCE_MS),
      within(onB, afterReturn.seq, CONVERGENCE_MS),
    ]);
    expect(await compareStoredScores(db.prisma, { year: DEMO_YEAR })).toEqual([]);
  });
});
