// The write path end to end over HTTP and graphql-ws: the workflow, idempotency, conflicts,
// concurrent writers, bad input leaving the database untouched, and scoped live deltas.
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { toGlobalId } from '../../ids';
import { compareStoredScores } from '../snapshots';
import { simulateOnce } from '../simulator/providers/demoSimulator';
import {
  DEMO_NOW,
  DEMO_YEAR,
  gql,
  loginAs,
  startTestServer,
  type TestServer,
} from '../../testing/testServer';
import {
  collect,
  DELTAS,
  enterAndSubmit,
  freeSlots as freeSlotsOf,
  liveClient,
  SAVE,
  saveMeasurement,
  SUBMIT,
  verify,
  VERIFY,
  type Delta,
  type Slot,
  type WorkflowPayload,
} from '../../testing/workflow';

const PROGRESS = `mutation($input: ActivityProgressInput!) {
  saveActivityProgress(input: $input) { seq budgetMonth { month realisedSpend version } } }`;
const CHANGES_SINCE = `query($scopeId: ID!, $seq: String!) {
  changesSince(scopeId: $scopeId, seq: $seq) { refetch seq events { seq action } } }`;

let t: TestServer;
let operator: string;
let head: string;
let sekda: string;
let puprHead: string;
let provinceId: string;
let dikesId: string;
let puprId: string;
const clients: Client[] = [];

function freeSlots(count: number, onScorecardOf?: string): Promise<Slot[]> {
  return freeSlotsOf(t.db.prisma, count, onScorecardOf);
}

function save(slot: Slot, value: number, extra = {}) {
  return saveMeasurement(t.base, operator, slot, value, extra);
}

/** Saves, submits and verifies a value; returns the verify payload. */
async function enterAndVerify(slot: Slot, value: number): Promise<WorkflowPayload> {
  return verify(t.base, head, await enterAndSubmit(t.base, operator, slot, value));
}

function wsClient(token: string): Client {
  const client = liveClient(t.wsUrl, token);
  clients.push(client);
  return client;
}

/** Everything the write path touches, in a stable order: to prove a refused write wrote nothing. */
async function dumpWrites(): Promise<string> {
  const [measurements, revisions, events, snapshots, stats, keys, budget, evidence, cursors] =
    await Promise.all([
      t.db.prisma.measurement.findMany({ orderBy: { id: 'asc' } }),
      t.db.prisma.measurementRevision.findMany({ orderBy: { id: 'asc' } }),
      t.db.prisma.changeEvent.findMany({ orderBy: { seq: 'asc' } }),
      t.db.prisma.scoreSnapshot.findMany({ orderBy: [{ nodeId: 'asc' }, { month: 'asc' }] }),
      t.db.prisma.scopeMonthStats.findMany({ orderBy: [{ scopeId: 'asc' }, { month: 'asc' }] }),
      t.db.prisma.idempotencyKey.findMany({ orderBy: [{ userId: 'asc' }, { clientMutationId: 'asc' }] }),
      t.db.prisma.budgetMonth.findMany({ orderBy: { id: 'asc' } }),
      t.db.prisma.evidence.findMany({ orderBy: { id: 'asc' } }),
      t.db.prisma.scopeCursor.findMany({ orderBy: { scopeId: 'asc' } }),
    ]);
  return JSON.stringify(
    [measurements, revisions, events, snapshots, stats, keys, budget, evidence, cursors],
    (_, v) => (typeof v === 'bigint' ? v.toString() : v),
  );
}

beforeAll(async () => {
  t = await startTestServer();
  operator = await loginAs(t.base, 'operator-kesehatan');
  head = await loginAs(t.base, 'kadis-kesehatan');
  sekda = await loginAs(t.base, 'sekda');
  puprHead = await loginAs(t.base, 'kadis-pupr');
  const province = await t.db.prisma.tenant.findUniqueOrThrow({ where: { code: '52' } });
  provinceId = province.id;
  const opds = await t.db.prisma.orgUnit.findMany({ where: { tenantId: provinceId, kind: 'OPD' } });
  dikesId = opds.find((u) => /kesehatan/i.test(u.name))!.id;
  puprId = opds.find((u) => /pekerjaan umum/i.test(u.name))!.id;
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await t?.stop();
});

describe('live updates', () => {
  it('delivers a Dinas Kesehatan verification to a province subscriber, equal to a full rebuild', async () => {
    // An indicator of the OPD's own scorecard: its score is what the province ranking shows.
    const [slot] = await freeSlots(1, dikesId);
    const month = slot!.month;
    const province = collect<Delta>(wsClient(sekda), DELTAS, {
      scopeId: toGlobalId('Tenant', provinceId),
      month,
    });
    const pupr = collect<Delta>(wsClient(puprHead), DELTAS, {
      scopeId: toGlobalId('OrgUnit', puprId),
      month,
    });
    await province.next((m) => m.kind === 'HEARTBEAT');
    await pupr.next((m) => m.kind === 'HEARTBEAT');

    const verified = await enterAndVerify(slot!, 1);
    const delta = await province.next((m) => BigInt(m.seq) >= BigInt(verified.seq));
    expect(delta.kind).toBe('DELTA');
    const scopeChange = delta.changes.find((c) => c.role === 'SCOPE');
    const dikesChange = delta.changes.find((c) => c.nodeId === toGlobalId('OrgUnit', dikesId));
    expect(dikesChange).toBeDefined();

    expect(await compareStoredScores(t.db.prisma, { year: DEMO_YEAR })).toEqual([]);
    const stored = await t.db.prisma.scoreSnapshot.findUniqueOrThrow({
      where: { nodeId_year_month: { nodeId: provinceId, year: DEMO_YEAR, month } },
    });
    if (scopeChange) expect(scopeChange.score.value).toBeCloseTo(stored.score!, 9);
    const dikes = await t.db.prisma.scoreSnapshot.findUniqueOrThrow({
      where: { nodeId_year_month: { nodeId: dikesId, year: DEMO_YEAR, month } },
    });
    expect(dikesChange!.score.value).toBeCloseTo(dikes.score!, 9);

    // The PUPR screen never hears about Dikes: only heartbeats, and nothing naming Dikes.
    expect(pupr.received.every((m) => m.kind === 'HEARTBEAT')).toBe(true);
  });

  it('serves every screen that subscribes to a new scope at the same moment, not just the last', async () => {
    // Ten subscriptions sent in one burst race to create the same feed.
    const client = wsClient(sekda);
    const feeds = Array.from({ length: 10 }, () =>
      collect<Delta>(client, DELTAS, { scopeId: toGlobalId('Tenant', provinceId), month: 12 }),
    );
    await Promise.all(feeds.map((feed) => feed.next((m) => m.kind === 'HEARTBEAT')));
    const [slot] = await freeSlots(1);
    const verified = await enterAndVerify(slot!, 2);
    const seen = await Promise.all(
      feeds.map((feed) => feed.next((m) => BigInt(m.seq) >= BigInt(verified.seq))),
    );
    expect(seen.map((m) => m.seq)).toEqual(Array(10).fill(verified.seq));
  });

  it('applies 50 concurrent retries of one clientMutationId once, with one change event', async () => {
    const [slot] = await freeSlots(1);
    const before = await t.db.prisma.changeEvent.count();
    const results = await Promise.all(
      Array.from({ length: 50 }, () => save(slot!, 42, { clientMutationId: 'retry-save-1' })),
    );
    expect(results.map((r) => r.errors)).toEqual(Array(50).fill(undefined));
    const ids = new Set(results.map((r) => r.data!.saveMeasurement.measurement.id));
    const seqs = new Set(results.map((r) => r.data!.saveMeasurement.seq));
    expect(ids.size).toBe(1);
    expect(seqs.size).toBe(1);
    expect(await t.db.prisma.changeEvent.count()).toBe(before + 1);

    const reused = await save(slot!, 43, { clientMutationId: 'retry-save-1' });
    expect(reused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'clientMutationId',
    });
  });

  it('gives exactly one of two edits from the same version a CONFLICT, and loses neither silently', async () => {
    const [slot] = await freeSlots(1);
    await save(slot!, 10);
    const [a, b] = await Promise.all([
      save(slot!, 11, { expectedVersion: 1 }),
      save(slot!, 12, { expectedVersion: 1 }),
    ]);
    const conflicts = [a, b].filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    const applied = [a, b].filter((r) => !r.errors);
    expect(conflicts).toHaveLength(1);
    expect(applied).toHaveLength(1);
    expect(conflicts[0]!.errors![0]!.extensions).toMatchObject({ currentVersion: 2 });
    const row = await t.db.prisma.measurement.findUniqueOrThrow({
      where: {
        indicatorId_year_month: { indicatorId: slot!.indicatorId, year: DEMO_YEAR, month: slot!.month },
      },
    });
    expect(row.value).toBe(applied[0]!.data!.saveMeasurement.measurement.value);
  });

  it('verifies a batch all or nothing: a stale row names itself and nothing changes; then all verify', async () => {
    const BULK = `mutation($input: VerifyMeasurementsInput!) {
      verifyMeasurements(input: $input) { seq measurement { id status version } } }`;
    const ids = [];
    for (const [i, slot] of (await freeSlots(3)).entries())
      ids.push(await enterAndSubmit(t.base, operator, slot, 20 + i));
    const items = ids.map((measurementId) => ({ measurementId, expectedVersion: 2 }));
    const before = await dumpWrites();

    const stale = await gql(
      t.base,
      BULK,
      { input: { items: [...items.slice(0, 2), { ...items[2], expectedVersion: 1 }] } },
      head,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'items.2',
      currentVersion: 2,
    });
    const duplicate = await gql(t.base, BULK, { input: { items: [items[0], items[0]] } }, head);
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({
      field: 'items.1.measurementId',
      rule: 'unique',
    });
    expect(await dumpWrites()).toBe(before);

    const done = await gql<{ verifyMeasurements: WorkflowPayload[] }>(
      t.base,
      BULK,
      { input: { items } },
      head,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data!.verifyMeasurements.map((p) => p.measurement.status)).toEqual([
      'VERIFIED',
      'VERIFIED',
      'VERIFIED',
    ]);
    const seqs = done.data!.verifyMeasurements.map((p) => BigInt(p.seq));
    expect(seqs[1]! - seqs[0]!).toBe(1n);
    expect(seqs[2]! - seqs[1]!).toBe(1n);
    expect(await compareStoredScores(t.db.prisma, { year: DEMO_YEAR })).toEqual([]);
  });

  it('keeps stored snapshots equal to a full rebuild under 20 concurrent writers on one path', async () => {
    const slots = await freeSlots(20);
    const saved = await Promise.all(slots.map((s, i) => save(s, 5 + i)));
    const ids = saved.map((r) => r.data!.saveMeasurement.measurement.id);
    await Promise.all(
      ids.map((id) => gql(t.base, SUBMIT, { input: { measurementId: id, expectedVersion: 1 } }, operator)),
    );
    const verified = await Promise.all(
      ids.map((id) => gql(t.base, VERIFY, { input: { measurementId: id, expectedVersion: 2 } }, head)),
    );
    expect(verified.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    expect(await compareStoredScores(t.db.prisma, { year: DEMO_YEAR })).toEqual([]);
  });

  it('refuses bad input with the field and rule, and leaves the database byte-for-byte unchanged', async () => {
    const [slot] = await freeSlots(1);
    const indicatorId = toGlobalId('Indicator', slot!.indicatorId);
    const otherOpdIndicator = await t.db.prisma.indicator.findFirstOrThrow({
      where: { orgUnit: { ancestorIds: { has: puprId } } },
    });
    const sub = await t.db.prisma.subActivity.findFirstOrThrow({
      where: { operators: { some: { user: { username: 'operator-kesehatan' } } } },
      include: { months: { where: { month: 11 } } },
    });
    const base = { indicatorId, year: DEMO_YEAR, month: slot!.month, value: 1 };
    const progress = {
      subActivityId: toGlobalId('SubActivity', sub.id),
      month: 11,
      realisedSpend: '1000',
      realisedPhysical: 50,
      expectedVersion: sub.months[0]?.version ?? 0,
    };
    const before = await dumpWrites();
    const cases: [string, string, Record<string, unknown>, string, string | undefined][] = [
      ['wrong type', SAVE, { input: { ...base, value: 'sepuluh' } }, 'BAD_USER_INPUT', undefined],
      ['NaN-like string', SAVE, { input: { ...base, value: 'NaN' } }, 'BAD_USER_INPUT', undefined],
      ['huge number', SAVE, { input: { ...base, value: 1e300 } }, 'BAD_USER_INPUT', 'value'],
      ['month 13', SAVE, { input: { ...base, month: 13 } }, 'BAD_USER_INPUT', 'month'],
      [
        'bad evidence url',
        SAVE,
        { input: { ...base, evidence: [{ url: 'javascript:alert(1)', title: 'x' }] } },
        'BAD_USER_INPUT',
        'evidence.0.url',
      ],
      [
        'unknown indicator',
        SAVE,
        { input: { ...base, indicatorId: toGlobalId('Indicator', '00000000-0000-4000-8000-000000000000') } },
        'NOT_FOUND',
        undefined,
      ],
      [
        'malformed id',
        SAVE,
        { input: { ...base, indicatorId: 'Indicator:1 OR 1=1' } },
        'BAD_USER_INPUT',
        'indicatorId',
      ],
      [
        'another OPD',
        SAVE,
        { input: { ...base, indicatorId: toGlobalId('Indicator', otherOpdIndicator.id) } },
        'FORBIDDEN',
        undefined,
      ],
      ['wrong year', SAVE, { input: { ...base, year: DEMO_YEAR - 1 } }, 'BAD_USER_INPUT', 'year'],
      [
        'negative spend',
        PROGRESS,
        { input: { ...progress, realisedSpend: '-5' } },
        'BAD_USER_INPUT',
        undefined,
      ],
      [
        'fractional spend',
        PROGRESS,
        { input: { ...progress, realisedSpend: '10.5' } },
        'BAD_USER_INPUT',
        undefined,
      ],
      [
        'physical above 100',
        PROGRESS,
        { input: { ...progress, realisedPhysical: 120 } },
        'BAD_USER_INPUT',
        'realisedPhysical',
      ],
      [
        'negative physical',
        PROGRESS,
        { input: { ...progress, realisedPhysical: -1 } },
        'BAD_USER_INPUT',
        'realisedPhysical',
      ],
      [
        'above pagu',
        PROGRESS,
        { input: { ...progress, realisedSpend: (sub.pagu * 2n).toString() } },
        'BAD_USER_INPUT',
        'realisedSpend',
      ],
      ['stale version', PROGRESS, { input: { ...progress, expectedVersion: 99 } }, 'CONFLICT', undefined],
    ];
    for (const [name, query, variables, code, field] of cases) {
      const res = await gql(t.base, query, variables, operator).catch((error: unknown) => {
        throw new Error(`${name}: ${String(error)}`);
      });
      const error = res.errors?.[0]?.extensions;
      expect({ name, code: error?.code }).toEqual({ name, code });
      if (field) expect({ name, field: error?.field }).toEqual({ name, field });
    }

    // A locked month refuses every write into it.
    const admin = await loginAs(t.base, 'superadmin');
    const lock = await gql(
      t.base,
      `mutation($input: PeriodLockInput!) { lockPeriod(input: $input) { month } }`,
      { input: { tenantId: toGlobalId('Tenant', provinceId), year: DEMO_YEAR, month: slot!.month } },
      admin,
    );
    expect(lock.errors).toBeUndefined();
    const afterLock = await dumpWrites();
    const locked = await save(slot!, 1);
    expect(locked.errors?.[0]?.extensions?.code).toBe('PERIOD_LOCKED');
    expect(await dumpWrites()).toBe(afterLock);
    await gql(
      t.base,
      `mutation($input: PeriodLockInput!) { unlockPeriod(input: $input) { month } }`,
      { input: { tenantId: toGlobalId('Tenant', provinceId), year: DEMO_YEAR, month: slot!.month } },
      admin,
    );
    // Nothing but the lock and unlock events were written.
    const events = await t.db.prisma.changeEvent.findMany({ orderBy: { seq: 'desc' }, take: 2 });
    expect(events.map((e) => e.action).sort()).toEqual(['LOCKED', 'UNLOCKED']);
    expect(before.length).toBeGreaterThan(0);
    expect(JSON.parse(afterLock)[0]).toEqual(JSON.parse(before)[0]);
  });

  it('accepts spend above the pagu only as a correction with a reason, and moves the budget figures', async () => {
    const sub = await t.db.prisma.subActivity.findFirstOrThrow({
      where: { operators: { some: { user: { username: 'operator-kesehatan' } } } },
      include: { months: { where: { month: 10 } } },
    });
    const input = {
      subActivityId: toGlobalId('SubActivity', sub.id),
      month: 10,
      realisedSpend: (sub.pagu + 1n).toString(),
      realisedPhysical: 80,
      expectedVersion: sub.months[0]?.version ?? 0,
      correctionReason: 'Koreksi pencatatan SP2D',
    };
    const res = await gql<{ saveActivityProgress: { budgetMonth: { version: number } } }>(
      t.base,
      PROGRESS,
      { input },
      operator,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.saveActivityProgress.budgetMonth.version).toBe(input.expectedVersion + 1);
    expect(await compareStoredScores(t.db.prisma, { year: DEMO_YEAR })).toEqual([]);
  });

  it('runs the demo simulator through the same workflow: a verified value, scores still equal a rebuild', async () => {
    const verifiedBefore = await t.db.prisma.measurement.count({ where: { status: 'VERIFIED' } });
    expect(await simulateOnce(t.services, DEMO_NOW)).toBe(true);
    expect(await t.db.prisma.measurement.count({ where: { status: 'VERIFIED' } })).toBe(verifiedBefore + 1);
    const last = await t.db.prisma.changeEvent.findFirstOrThrow({ orderBy: { seq: 'desc' } });
    expect(last.action).toBe('VERIFIED');
    expect(await compareStoredScores(t.db.prisma, { year: DEMO_YEAR })).toEqual([]);
  });

  it('refuses mutations from a wall device socket', async () => {
    const wall = wsClient(t.wallToken);
    const result = await new Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>(
      (resolve, reject) => {
        wall.subscribe(
          {
            query: SUBMIT,
            variables: {
              input: {
                measurementId: toGlobalId('Measurement', '00000000-0000-4000-8000-000000000000'),
                expectedVersion: 1,
              },
            },
          },
          { next: resolve, error: reject, complete: () => undefined },
        );
      },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('drops a subscriber that stops reading once its buffer is full, and it resyncs on reconnect', async () => {
    const scopeId = toGlobalId('Tenant', provinceId);
    // Every change sends each subscription a frame: a delta, or a heartbeat with the new sequence
    // when the province's figures for the month did not move.
    // All in one month, the one watched: each change then moves its figures and sends a delta, not
    // a small heartbeat, so the stalled socket's buffers fill after a few dozen changes.
    const free = await freeSlots(Infinity);
    const byMonth = new Map<number, Slot[]>();
    for (const slot of free) byMonth.set(slot.month, [...(byMonth.get(slot.month) ?? []), slot]);
    const [month, slots] = [...byMonth].sort((a, b) => b[1].length - a[1].length)[0]!;
    expect(slots.length).toBeGreaterThanOrEqual(40);
    const healthy = collect<Delta>(wsClient(sekda), DELTAS, { scopeId, month });
    await healthy.next((m) => m.kind === 'HEARTBEAT');

    // A screen on a stalled link: hundreds of subscriptions on one socket that stops reading.
    const stalled = new WebSocket(t.wsUrl, 'graphql-transport-ws');
    const frames: { type: string; id?: string; payload?: { data?: { scoreboardChanged?: Delta } } }[] = [];
    stalled.on('message', (data) => frames.push(JSON.parse(String(data))));
    await new Promise((resolve) => stalled.once('open', resolve));
    stalled.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${sekda}` } }));
    await expect.poll(() => frames.some((f) => f.type === 'connection_ack'), { timeout: 10_000 }).toBe(true);
    const subscriptions = 400;
    for (let i = 0; i < subscriptions; i += 1)
      stalled.send(
        JSON.stringify({
          id: `s${i}`,
          type: 'subscribe',
          payload: { query: DELTAS, variables: { scopeId, month } },
        }),
      );
    // Count subscriptions answered, not frames: a periodic heartbeat may add a second frame to some.
    const answered = () => new Set(frames.filter((f) => f.type === 'next').map((f) => f.id)).size;
    await expect.poll(answered, { timeout: 20_000 }).toBe(subscriptions);
    const lastSeen = frames.at(-1)!.payload!.data!.scoreboardChanged!.seq;
    (stalled as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();
    const closed = new Promise<number>((resolve) => stalled.once('close', resolve));

    // Verified values move the province until the server gives up on the stalled socket.
    const hub = t.server.live;
    const droppedBefore = hub.stats.dropped;
    let newestSeq = lastSeen;
    for (const slot of slots) {
      if (hub.stats.dropped > droppedBefore) break;
      newestSeq = (await enterAndVerify(slot, 3)).seq;
    }
    expect(hub.stats.dropped).toBe(droppedBefore + 1);
    // The healthy screen on the same scope still got every change.
    await healthy.next((m) => m.seq === newestSeq);

    (stalled as unknown as { _socket: { resume(): void } })._socket.resume();
    expect(await closed).toBe(1013);

    // On reconnect the client asks what it missed: every verification after its last sequence.
    const missed = await gql<{ changesSince: { refetch: boolean; seq: string; events: { seq: string }[] } }>(
      t.base,
      CHANGES_SINCE,
      { scopeId, seq: lastSeen },
      sekda,
    );
    expect(missed.data!.changesSince.refetch).toBe(false);
    expect(missed.data!.changesSince.seq).toBe(newestSeq);
    expect(missed.data!.changesSince.events.map((e) => e.seq)).toContain(newestSeq);
    const again = collect<Delta>(wsClient(sekda), DELTAS, { scopeId, month });
    expect((await again.next((m) => m.kind === 'HEARTBEAT')).seq).toBe(newestSeq);
  });
});
