// Benchmark: `scoreboard` for the bench province over HTTP on PostgreSQL at bench scale.
// Usage: DATABASE_URL=postgresql://…/ekinerja_bench pnpm --filter @ekinerja/api bench:scoreboard
import {
  BENCH_CALLS as CALLS,
  BENCH_MONTH as MONTH,
  BENCH_YEAR as YEAR,
  ensureBenchScores,
  openBenchSeed,
  printLatencyTable,
  startBenchServer,
  timeSequentialCalls,
} from './benchSeed';

const seed = await openBenchSeed('scoreboard');
const { db, province } = seed;
await ensureBenchScores(seed);
const server = await startBenchServer(seed);
const body = JSON.stringify({
  query: `query($s: ID!) { scoreboard(scopeId: $s, year: ${YEAR}, month: ${MONTH}) {
    score { value band predikat } perspectives { perspective score { value } }
    ranking { rank index node { ... on OrgUnit { id name } } score { value band } budget { pagu absorption spendDeviation } timeliness }
    regencies { rank node { ... on Tenant { id name } } score { value } }
    budget { pagu realisedSpend absorption } atRisk { name score { value } } openIssues { title } latestActivity { seq } seq } }`,
  variables: { s: `Tenant:${province.id}` },
});

async function once(): Promise<void> {
  const data = await server.post<{ scoreboard: { ranking: unknown[] } }>(body);
  if (data.scoreboard.ranking.length !== 40) throw new Error('expected 40 OPDs in the ranking');
}

const samples = await timeSequentialCalls(once);
const counts = await db.prisma.$queryRaw<{ m: bigint; s: bigint }[]>`
  SELECT (SELECT count(*) FROM "Measurement") AS m, (SELECT count(*) FROM "ScoreSnapshot") AS s`;
console.log(
  `\nscoreboard(province, ${YEAR}-${MONTH}) over HTTP, ${CALLS.runs} sequential calls after ${CALLS.warmup} warm-up:`,
);
console.log(
  `database: ${Number(counts[0]!.m).toLocaleString('en')} measurements, ${Number(counts[0]!.s).toLocaleString('en')} snapshots`,
);
printLatencyTable(samples);
await server.stop();
await db.close();
