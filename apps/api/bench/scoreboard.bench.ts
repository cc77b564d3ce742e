// Benchmark: `scoreboard` for the bench province over HTTP on PostgreSQL at bench scale.
// Usage: DATABASE_URL=postgresql://…/ekinerja_bench pnpm --filter @ekinerja/api bench
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { pino } from 'pino';
import { applyMigrations, createDatabase } from '@ekinerja/db';
import { loadConfig } from '../src/config';
import { LoginLimiter } from '../src/modules/auth/lib/loginLimiter';
import { createSession } from '../src/modules/auth/providers/sessions';
import { rebuildScores } from '../src/modules/snapshots';
import { MemoryEventBus } from '../src/realtime/eventBus';
import { createAppServer } from '../src/server';

const YEAR = 2026;
const MONTH = 10;
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
const RUNS = Number(process.env.BENCH_RUNS ?? 300);

const url = process.env.DATABASE_URL;
if (!url) {
  console.log(
    'scoreboard bench: set DATABASE_URL to a PostgreSQL database (it is seeded with `pnpm db:seed bench` if empty)',
  );
  process.exit(0);
}

const db = createDatabase({ poolSize: 10 });
await applyMigrations(db.adapterFactory);
let province = await db.prisma.tenant.findUnique({ where: { code: 'BENCH-52' } });
if (!province) {
  const { seedBench } = await import('@ekinerja/db/bench');
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  await seedBench(pool, (line) => console.log(line));
  await pool.end();
  province = await db.prisma.tenant.findUniqueOrThrow({ where: { code: 'BENCH-52' } });
}
const benchTenants = await db.prisma.tenant.findMany({
  where: { OR: [{ id: province.id }, { parentId: province.id }] },
});
if ((await db.prisma.scoreSnapshot.count({ where: { tenantId: province.id, year: YEAR } })) === 0) {
  const started = performance.now();
  let snapshots = 0;
  for (const tenant of benchTenants)
    snapshots += (await rebuildScores(db.prisma, { tenantId: tenant.id, year: YEAR })).snapshots;
  console.log(
    `rebuilt ${snapshots.toLocaleString('en')} snapshots in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

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

const logger = pino({ level: 'warn' });
const server = await createAppServer({
  config: { ...loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn' }), webDist: '/nonexistent' },
  prisma: db.prisma,
  logger,
  loginLimiter: new LoginLimiter(),
  bus: new MemoryEventBus(),
});
await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
const body = JSON.stringify({
  query: `query($s: ID!) { scoreboard(scopeId: $s, year: ${YEAR}, month: ${MONTH}) {
    score { value band predikat } perspectives { perspective score { value } }
    ranking { rank index node { ... on OrgUnit { id name } } score { value band } budget { pagu absorption spendDeviation } timeliness }
    regencies { rank node { ... on Tenant { id name } } score { value } }
    budget { pagu realisedSpend absorption } atRisk { name score { value } } openIssues { title } latestActivity { seq } seq } }`,
  variables: { s: `Tenant:${province.id}` },
});

async function once(): Promise<number> {
  const started = performance.now();
  const res = await fetch(base, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  const json = (await res.json()) as { errors?: unknown; data?: { scoreboard: { ranking: unknown[] } } };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  if (json.data?.scoreboard.ranking.length !== 40) throw new Error('expected 40 OPDs in the ranking');
  return performance.now() - started;
}

for (let i = 0; i < WARMUP; i++) await once();
const samples: number[] = [];
for (let i = 0; i < RUNS; i++) samples.push(await once());
samples.sort((a, b) => a - b);
const pct = (p: number) => samples[Math.min(samples.length - 1, Math.ceil((p / 100) * samples.length) - 1)]!;
const counts = await db.prisma.$queryRaw<{ m: bigint; s: bigint }[]>`
  SELECT (SELECT count(*) FROM "Measurement") AS m, (SELECT count(*) FROM "ScoreSnapshot") AS s`;
console.log(
  `\nscoreboard(province, ${YEAR}-${MONTH}) over HTTP, ${RUNS} sequential calls after ${WARMUP} warm-up:`,
);
console.log(
  `database: ${Number(counts[0]!.m).toLocaleString('en')} measurements, ${Number(counts[0]!.s).toLocaleString('en')} snapshots`,
);
console.log(`| p50 | p95 | p99 | max |\n| ---: | ---: | ---: | ---: |`);
console.log(
  `| ${pct(50).toFixed(1)} ms | ${pct(95).toFixed(1)} ms | ${pct(99).toFixed(1)} ms | ${samples.at(-1)!.toFixed(1)} ms |`,
);
await server.stop();
await db.close();
