// Two API processes on one PostgreSQL database, joined by their own Redis: a change made through
// one reaches subscribers of the other, and with Redis gone and back, writes keep committing and
// every screen converges through heartbeats and changesSince. Needs PostgreSQL (DATABASE_URL), so
// it runs in the PostgreSQL pass only.
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '@ekinerja/db/testing';
import { toGlobalId } from '../ids';
import { compareStoredScores } from '../modules/snapshots';
import { freePort, PrivateRedis, startApiProcess, waitFor, type ApiProcess } from '../testing/processes';
import { createDemoDatabase } from '../testing/demoDatabase';
import { DEMO_YEAR, gql, loginAs } from '../testing/testServer';
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

/** How long a screen may lag behind while Redis is down: two heartbeats. */
const CONVERGENCE_MS = 10_000;

let db: TestDatabase;
let redis: PrivateRedis;
let apis: ApiProcess[] = [];
const clients: Client[] = [];
let operator: string;
let head: string;
let sekda: string;
let provinceScope: string;
/** Open months of Dinas Kesehatan's own indicators, all in one month: each verification moves
 * the OPD's score in that month's province ranking. */
let slots: Slot[];

function startApi(): Promise<ApiProcess> {
  return startApiProcess({ DATABASE_URL: db.url!, REDIS_URL: redis.url });
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
  ({ db } = await createDemoDatabase());
  const province = await db.prisma.tenant.findUniqueOrThrow({ where: { code: '52' } });
  provinceScope = toGlobalId('Tenant', province.id);
  const dikes = await db.prisma.orgUnit.findFirstOrThrow({
    where: { tenantId: province.id, name: { contains: 'Kesehatan' }, kind: 'OPD' },
  });
  const open = await freeSlots(db.prisma, 12, dikes.id);
  slots = open.filter((s) => s.month === open[0]!.month);
  expect(slots.length).toBeGreaterThanOrEqual(4);
  redis = new PrivateRedis(await freePort());
  await redis.start();
  apis = await Promise.all([startApi(), startApi()]);
  operator = await loginAs(apis[0]!.base, 'operator-kesehatan');
  head = await loginAs(apis[0]!.base, 'kadis-kesehatan');
  sekda = await loginAs(apis[1]!.base, 'sekda');
}, 180_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await Promise.all(apis.map((api) => api.stop()));
  await redis?.stop();
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

    await redis.stop();
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

    await redis.start();
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

  it('exits cleanly on SIGTERM with subscribers connected', async () => {
    const feeds = apis.map((api) => subscribe(api, sekda));
    await Promise.all(feeds.map((feed) => feed.next((m) => m.kind === 'HEARTBEAT')));
    expect(await Promise.all(apis.map((api) => api.stop()))).toEqual([0, 0]);
  });
});
