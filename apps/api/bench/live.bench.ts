// Benchmark: how fast a verified value reaches the screens. 1,000 dashboards watch the demo
// province (most at the province, some at Dinas Kesehatan or Dinas PUPR) while heads verify
// revised values at 10 per second for 60 s, in three runs: one API process with live
// subscriptions, two processes joined by Redis, and one process whose dashboards poll `scoreboard`
// every second instead. Latency runs from sending `verifyMeasurement` to a dashboard holding a
// message (or poll response) at or past the write's sequence number.
// Usage: DATABASE_URL=postgresql://… pnpm --filter @ekinerja/api bench:live
// (it works in a fresh database `ekinerja_live_bench` on that server, dropped and re-created).
import pg from 'pg';
import { createDatabase, seedDemo, applyMigrations } from '@ekinerja/db';
import { toGlobalId } from '../src/ids';
import { rebuildScores } from '../src/modules/snapshots';
import { freePort, PrivateRedis, startApiProcess, type ApiProcess } from '../src/testing/processes';
import { gql, loginAs } from '../src/testing/testServer';
import { liveClient, SUBMIT, VERIFY, SAVE } from '../src/testing/workflow';
import { measureSnapshotUpdates, percentile } from './snapshotUpdates';

const DASHBOARDS = Number(process.env.BENCH_DASHBOARDS ?? 1000);
const WRITES_PER_S = Number(process.env.BENCH_WRITES_PER_S ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const WRITES = WRITES_PER_S * SECONDS;

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.log('live bench: set DATABASE_URL to a PostgreSQL server (it uses a fresh database on it)');
  process.exit(0);
}
const benchUrl = new URL(serverUrl);
benchUrl.pathname = '/ekinerja_live_bench';
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query('DROP DATABASE IF EXISTS ekinerja_live_bench WITH (FORCE)');
await admin.query('CREATE DATABASE ekinerja_live_bench');
await admin.end();

const db = createDatabase({ target: { kind: 'postgres', url: benchUrl.toString() }, poolSize: 4 });
await applyMigrations(db.adapterFactory);
await seedDemo(db.prisma, { includeRegencies: false });
const now = new Date();
const year = Number(now.toLocaleString('en', { timeZone: 'Asia/Makassar', year: 'numeric' }));
const month = Number(now.toLocaleString('en', { timeZone: 'Asia/Makassar', month: 'numeric' }));
await rebuildScores(db.prisma, { year });
await db.prisma.$executeRawUnsafe('ANALYZE');
const province = await db.prisma.tenant.findUniqueOrThrow({ where: { code: '52' } });
const opds = await db.prisma.orgUnit.findMany({ where: { tenantId: province.id, kind: 'OPD' } });
const dikes = opds.find((u) => /kesehatan/i.test(u.name))!;
const pupr = opds.find((u) => /pekerjaan umum/i.test(u.name))!;

/** The revisable values: verified months of the indicators each demo operator reports. */
interface WriteSlot {
  opd: string;
  indicatorId: string;
  month: number;
  value: number;
  version: number;
}
async function writeSlots(): Promise<WriteSlot[]> {
  const rows = await db.prisma.$queryRaw<(WriteSlot & { username: string })[]>`
    SELECT u.username, m."indicatorId", m.month, m.value, m.version FROM "Measurement" m
    JOIN "IndicatorOperator" o ON o."indicatorId" = m."indicatorId"
    JOIN "User" u ON u.id = o."userId" AND u.username IN ('operator-kesehatan', 'operator-pupr')
    WHERE m.status = 'VERIFIED' AND m.year = ${year}
    ORDER BY md5(m.id::text) LIMIT ${WRITES}`;
  if (rows.length < WRITES)
    console.log(`only ${rows.length} revisable values: ${rows.length} writes per run`);
  return rows.map((r) => ({
    opd: r.username === 'operator-kesehatan' ? dikes.id : pupr.id,
    indicatorId: r.indicatorId,
    month: r.month,
    value: r.value,
    version: r.version,
  }));
}

const DASHBOARD_QUERY = `query($s: ID!) { scoreboard(scopeId: $s, year: ${year}, month: ${month}) {
  score { value band predikat } perspectives { perspective score { value band } }
  ranking { rank index node { ... on OrgUnit { id name } } score { value band } budget { pagu absorption } timeliness }
  budget { pagu realisedSpend absorption } atRisk { name score { value } } latestActivity { seq } seq } }`;
const LIVE_QUERY = `subscription($s: ID!) { scoreboardChanged(scopeId: $s, year: ${year}, month: ${month}) {
  kind seq changes { nodeId role score { value band } rank index } rankingOrder } }`;

interface Dashboard {
  scope: string;
  token: string;
  /** Arrival times and sequence numbers of what it received, in arrival order. */
  times: number[];
  seqs: bigint[];
}
interface Write {
  opd: string;
  sentAt: number;
  seq: bigint | null;
}

interface Tokens {
  sekda: string;
  heads: Map<string, string>;
  operators: Map<string, string>;
}

async function tokensFor(api: ApiProcess): Promise<Tokens> {
  return {
    sekda: await loginAs(api.base, 'sekda'),
    heads: new Map([
      [dikes.id, await loginAs(api.base, 'kadis-kesehatan')],
      [pupr.id, await loginAs(api.base, 'kadis-pupr')],
    ]),
    operators: new Map([
      [dikes.id, await loginAs(api.base, 'operator-kesehatan')],
      [pupr.id, await loginAs(api.base, 'operator-pupr')],
    ]),
  };
}

/** Revises and submits each value (unmeasured), so the run only sends the verifications. */
async function prepare(api: ApiProcess, tokens: Tokens, slots: WriteSlot[]) {
  const prepared: { slot: WriteSlot; measurementId: string; version: number }[] = [];
  let next = 0;
  async function worker() {
    while (next < slots.length) {
      const slot = slots[next++]!;
      const operator = tokens.operators.get(slot.opd)!;
      const saved = await gql<{ saveMeasurement: { measurement: { id: string; version: number } } }>(
        api.base,
        SAVE,
        {
          input: {
            indicatorId: toGlobalId('Indicator', slot.indicatorId),
            year,
            month: slot.month,
            value: Math.round(slot.value * 1.01 * 100) / 100 + 0.01,
            reason: 'Koreksi angka setelah rekonsiliasi',
            expectedVersion: slot.version,
          },
        },
        operator,
      );
      if (!saved.data) throw new Error(`revise failed: ${JSON.stringify(saved.errors)}`);
      const { id, version } = saved.data.saveMeasurement.measurement;
      const submitted = await gql(
        api.base,
        SUBMIT,
        { input: { measurementId: id, expectedVersion: version } },
        operator,
      );
      if (submitted.errors) throw new Error(`submit failed: ${JSON.stringify(submitted.errors)}`);
      prepared.push({ slot, measurementId: id, version: version + 1 });
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker));
  return prepared;
}

function dashboardsFor(tokens: Tokens[], count: number): Dashboard[] {
  // Four in five watch the province (the wall screens); the rest their own OPD.
  return Array.from({ length: count }, (_, i) => {
    const t = tokens[i % tokens.length]!;
    const kind = i % 10;
    const [scope, token] =
      kind < 8
        ? [toGlobalId('Tenant', province.id), t.sekda]
        : kind === 8
          ? [toGlobalId('OrgUnit', dikes.id), t.heads.get(dikes.id)!]
          : [toGlobalId('OrgUnit', pupr.id), t.heads.get(pupr.id)!];
    return { scope, token, times: [], seqs: [] };
  });
}

function progress(line: string) {
  console.error(`  ${new Date().toISOString().slice(11, 19)} ${line}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/** Sends the verifications at a steady rate, not waiting for one to finish before the next. */
async function sendWrites(api: ApiProcess, tokens: Tokens, prepared: Awaited<ReturnType<typeof prepare>>) {
  const writes: Write[] = [];
  const pending: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < prepared.length; i++) {
    await sleep(started + (i * 1000) / WRITES_PER_S - performance.now());
    const { slot, measurementId, version } = prepared[i]!;
    const write: Write = { opd: slot.opd, sentAt: performance.now(), seq: null };
    writes.push(write);
    pending.push(
      gql<{ verifyMeasurement: { seq: string } }>(
        api.base,
        VERIFY,
        { input: { measurementId, expectedVersion: version } },
        tokens.heads.get(slot.opd)!,
      ).then((res) => {
        if (!res.data) throw new Error(`verify failed: ${JSON.stringify(res.errors)}`);
        write.seq = BigInt(res.data.verifyMeasurement.seq);
      }),
    );
  }
  await Promise.all(pending);
  return writes;
}

function latencies(dashboards: Dashboard[], writes: Write[]) {
  const samples: number[] = [];
  let missed = 0;
  for (const write of writes) {
    for (const d of dashboards) {
      if (d.scope !== toGlobalId('Tenant', province.id) && d.scope !== toGlobalId('OrgUnit', write.opd))
        continue;
      // Sequences arrive in ascending order per dashboard: binary search the first at or past the write.
      let lo = 0;
      let hi = d.seqs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (d.seqs[mid]! >= write.seq!) hi = mid;
        else lo = mid + 1;
      }
      if (lo === d.seqs.length) missed += 1;
      else samples.push(Math.max(0, d.times[lo]! - write.sentAt));
    }
  }
  samples.sort((a, b) => a - b);
  return { samples, missed };
}

interface RunResult {
  label: string;
  samples: number[];
  missed: number;
  cpuSeconds: number;
  seconds: number;
  extra?: string;
}

async function subscribeAll(apis: ApiProcess[], dashboards: Dashboard[]) {
  const clients = dashboards.map((d, i) => {
    const client = liveClient(apis[i % apis.length]!.wsUrl, d.token);
    let ready: () => void;
    const first = new Promise<void>((r) => (ready = r));
    client.subscribe<{ scoreboardChanged: { seq: string } }>(
      { query: LIVE_QUERY, variables: { s: d.scope } },
      {
        next: ({ data }) => {
          if (!data) return;
          d.times.push(performance.now());
          d.seqs.push(BigInt(data.scoreboardChanged.seq));
          ready();
        },
        error: (e) => console.error('subscription error', e),
        complete: () => undefined,
      },
    );
    return { client, first };
  });
  await Promise.all(clients.map((c) => c.first));
  return clients.map((c) => c.client);
}

async function liveRun(label: string, apis: ApiProcess[], slots: WriteSlot[]): Promise<RunResult> {
  const tokens = await Promise.all(apis.map(tokensFor));
  const prepared = await prepare(apis[0]!, tokens[0]!, slots);
  const dashboards = dashboardsFor(tokens, DASHBOARDS);
  progress(`${label}: ${prepared.length} values revised and submitted; subscribing`);
  const clients = await subscribeAll(apis, dashboards);
  progress(`${label}: ${dashboards.length} dashboards subscribed; verifying`);
  const cpuBefore = apis.reduce((sum, a) => sum + a.cpuSeconds(), 0);
  const started = performance.now();
  const writes = await sendWrites(apis[0]!, tokens[0]!, prepared);
  await sleep(6000); // the last deltas, or at worst the next heartbeat
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = apis.reduce((sum, a) => sum + a.cpuSeconds(), 0) - cpuBefore;
  await Promise.all(clients.map((c) => c.dispose()));
  const { samples, missed } = latencies(dashboards, writes);
  let extra: string | undefined;
  if (apis.length > 1) {
    const onB = latencies(
      dashboards.filter((_, i) => i % apis.length === 1),
      writes,
    );
    extra = `subscribers on instance B (writes go to A): p50 ${percentile(onB.samples, 50).toFixed(1)} ms, p99 ${percentile(onB.samples, 99).toFixed(1)} ms`;
  }
  return { label, samples, missed, cpuSeconds, seconds, extra };
}

async function pollingRun(label: string, api: ApiProcess, slots: WriteSlot[]): Promise<RunResult> {
  const tokens = await tokensFor(api);
  const prepared = await prepare(api, tokens, slots);
  const dashboards = dashboardsFor([tokens], DASHBOARDS);
  let polls = 0;
  let stop = false;
  const cpuBefore = api.cpuSeconds();
  const started = performance.now();
  const pollers = dashboards.map(async (d) => {
    await sleep(Math.random() * 1000);
    while (!stop) {
      const begun = performance.now();
      const res = await gql<{ scoreboard: { seq: string } }>(
        api.base,
        DASHBOARD_QUERY,
        { s: d.scope },
        d.token,
      );
      if (res.data) {
        d.times.push(performance.now());
        d.seqs.push(BigInt(res.data.scoreboard.seq));
        polls += 1;
      }
      await sleep(begun + 1000 - performance.now());
    }
  });
  const writes = await sendWrites(api, tokens, prepared);
  await sleep(3000);
  stop = true;
  await Promise.all(pollers);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = api.cpuSeconds() - cpuBefore;
  const { samples, missed } = latencies(dashboards, writes);
  return {
    label,
    samples,
    missed,
    cpuSeconds,
    seconds,
    extra: `${(polls / seconds).toFixed(0)} scoreboard polls/s answered (${DASHBOARDS} wanted)`,
  };
}

const env = { DATABASE_URL: benchUrl.toString(), NODE_ENV: 'production', LOG_LEVEL: 'warn' };
const results: RunResult[] = [];

console.log(`live bench: ${DASHBOARDS} dashboards, ${WRITES_PER_S} verifications/s for ${SECONDS} s`);
{
  const api = await startApiProcess(env);
  results.push(await liveRun('subscriptions, 1 instance (in-process bus)', [api], await writeSlots()));
  await api.stop();
}
{
  const redis = new PrivateRedis(await freePort());
  await redis.start();
  const apis = await Promise.all([
    startApiProcess({ ...env, REDIS_URL: redis.url }),
    startApiProcess({ ...env, REDIS_URL: redis.url }),
  ]);
  results.push(await liveRun('subscriptions, 2 instances through Redis', apis, await writeSlots()));
  await Promise.all(apis.map((a) => a.stop()));
  await redis.stop();
}
{
  const api = await startApiProcess(env);
  results.push(await pollingRun('polling scoreboard every 1 s, 1 instance', api, await writeSlots()));
  await api.stop();
}

const updates = (await measureSnapshotUpdates(db.prisma, [province.id], year, 1000))
  .map((s) => s.ms)
  .sort((a, b) => a - b);
await db.close();

console.log(
  '\n| mode | deliveries | p50 | p99 | max | missed | server CPU | CPU per dashboard |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
);
for (const r of results) {
  const perDashboardMs = ((r.cpuSeconds / r.seconds) * 1000) / DASHBOARDS;
  console.log(
    `| ${r.label} | ${r.samples.length.toLocaleString('en')} | ${percentile(r.samples, 50).toFixed(1)} ms | ${percentile(r.samples, 99).toFixed(1)} ms | ${r.samples.at(-1)?.toFixed(1)} ms | ${r.missed} | ${((r.cpuSeconds / r.seconds) * 100).toFixed(0)} % of a core | ${perDashboardMs.toFixed(3)} ms/s |`,
  );
}
for (const r of results) if (r.extra) console.log(`${r.label}: ${r.extra}`);
console.log(
  `\nsnapshot update per write (demo province, ${updates.length} rolled-back writes): p50 ${percentile(updates, 50).toFixed(2)} ms, p99 ${percentile(updates, 99).toFixed(2)} ms, max ${updates.at(-1)?.toFixed(2)} ms`,
);
