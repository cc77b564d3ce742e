// What the benches on the `bench` seed share: the database (migrated, seeded when empty, with its
// people), its scores when a bench reads them, an API server with a signed-in super admin, and
// the latency table they print.
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { pino } from 'pino';
import { applyMigrations, createDatabase, type Database } from '@ekinerja/db';
import { ensureBenchPeople } from '@ekinerja/db/bench';
import { loadConfig } from '../src/config';
import { LoginLimiter } from '../src/modules/auth/lib/loginLimiter';
import { createSession } from '../src/modules/auth/providers/sessions';
import { refreshBoardCounts } from '../src/modules/reporting/providers/boardCounts';
import { rebuildScores } from '../src/modules/snapshots';
import { MemoryEventBus } from '../src/realtime/eventBus';
import { createAppServer } from '../src/server';
import { percentile } from './snapshotUpdates';

/** The period the latency benches read: October of the seed's year. */
export const BENCH_YEAR = 2026;
export const BENCH_MONTH = 10;
/** Sequential calls timed, after discarded warm-up calls. */
export const BENCH_CALLS = {
  warmup: Number(process.env.BENCH_WARMUP ?? 20),
  runs: Number(process.env.BENCH_RUNS ?? 300),
};
const PROVINCE_CODE = 'BENCH-52';

export interface BenchSeed {
  db: Database;
  province: { id: string; code: string };
  /** The province and its kabupaten/kota. */
  tenantIds: string[];
}

/** Opens `DATABASE_URL`, or explains how to run the bench and exits when it is unset. */
export async function openBenchSeed(bench: string, poolSize = 10): Promise<BenchSeed> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.log(
      `${bench} bench: set DATABASE_URL to a PostgreSQL database (it is seeded with \`pnpm db:seed bench\` if empty)`,
    );
    process.exit(0);
  }
  const db = createDatabase({ poolSize });
  await applyMigrations(db.adapterFactory);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    if (!(await db.prisma.tenant.findUnique({ where: { code: PROVINCE_CODE } }))) {
      const { seedBench } = await import('@ekinerja/db/bench');
      await seedBench(pool, (line) => console.log(line));
    } else {
      // A database seeded before the seed had people gets them here.
      const added = await ensureBenchPeople(pool);
      if (added.users + added.roleAssignments + added.indicatorOperators)
        console.log(
          `added bench people: ${added.users} users, ${added.roleAssignments} role assignments, ${added.indicatorOperators} indicator operators`,
        );
    }
  } finally {
    await pool.end();
  }
  const province = await db.prisma.tenant.findUniqueOrThrow({
    where: { code: PROVINCE_CODE },
    select: { id: true, code: true },
  });
  const tenants = await db.prisma.tenant.findMany({
    where: { OR: [{ id: province.id }, { parentId: province.id }] },
    select: { id: true },
    orderBy: { code: 'asc' },
  });
  return { db, province, tenantIds: tenants.map((t) => t.id) };
}

/** Builds every bench tenant's snapshots for the year unless the province has them (minutes). */
export async function ensureBenchScores({ db, province, tenantIds }: BenchSeed): Promise<void> {
  if ((await db.prisma.scoreSnapshot.count({ where: { tenantId: province.id, year: BENCH_YEAR } })) > 0)
    return;
  const started = performance.now();
  let snapshots = 0;
  for (const tenantId of tenantIds)
    snapshots += (await rebuildScores(db.prisma, { tenantId, year: BENCH_YEAR })).snapshots;
  console.log(
    `rebuilt ${snapshots.toLocaleString('en')} snapshots in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

/**
 * Computes every bench tenant's board counts for the year unless the province has them (as a
 * score rebuild or an upgrade does), and says how long that took: the cost of a tenant-year refresh.
 */
export async function ensureBenchBoardCounts({ db, province, tenantIds }: BenchSeed): Promise<void> {
  if ((await db.prisma.boardCount.count({ where: { tenantId: province.id, year: BENCH_YEAR } })) > 0) return;
  const started = performance.now();
  for (const tenantId of tenantIds) {
    const one = performance.now();
    await db.prisma.$transaction((tx) => refreshBoardCounts(tx, { tenantId, year: BENCH_YEAR }), {
      timeout: 10 * 60_000,
    });
    console.log(`board counts of tenant ${tenantId}: ${((performance.now() - one) / 1000).toFixed(1)} s`);
  }
  const rows = await db.prisma.boardCount.count({ where: { year: BENCH_YEAR } });
  console.log(
    `computed ${rows.toLocaleString('en')} board counts in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

export interface BenchServer {
  /** Posts a GraphQL request as the bench's super admin and returns its `data`. */
  post<T>(body: string): Promise<T>;
  stop(): Promise<void>;
}

/** The API on a free port of 127.0.0.1, production settings, a super admin's session. */
export async function startBenchServer({ db, province }: BenchSeed): Promise<BenchServer> {
  const user = await db.prisma.user.upsert({
    where: { username: 'bench-admin' },
    update: {},
    create: {
      username: 'bench-admin',
      displayName: 'Bench',
      passwordHash: '!',
      tenantId: province.id,
      roles: { create: { role: 'SUPER_ADMIN', tenantId: province.id } },
    },
  });
  const { token } = await createSession(db.prisma, user.id, 3_600_000, { ip: null, userAgent: 'bench' });
  const server = await createAppServer({
    config: { ...loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn' }), webDist: '/nonexistent' },
    prisma: db.prisma,
    logger: pino({ level: 'warn' }),
    loginLimiter: new LoginLimiter(),
    bus: new MemoryEventBus(),
  });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
  return {
    async post<T>(body: string) {
      const res = await fetch(base, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
      const json = (await res.json()) as { errors?: unknown; data?: T };
      if (json.errors || !json.data) throw new Error(JSON.stringify(json.errors ?? json));
      return json.data;
    },
    stop: () => server.stop(),
  };
}

/** Times `once` in `BENCH_CALLS` sequential calls after the warm-up; returns the samples in ms, sorted. */
export async function timeSequentialCalls(once: () => Promise<void>): Promise<number[]> {
  for (let i = 0; i < BENCH_CALLS.warmup; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < BENCH_CALLS.runs; i++) {
    const started = performance.now();
    await once();
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b);
}

/** The p50/p95/p99/max table of docs/benchmarks.md. */
export function printLatencyTable(sorted: readonly number[]): void {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(`| p50 | p95 | p99 | max |\n| ---: | ---: | ---: | ---: |`);
  console.log(
    `| ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 95))} | ${ms(percentile(sorted, 99))} | ${ms(sorted.at(-1)!)} |`,
  );
}
