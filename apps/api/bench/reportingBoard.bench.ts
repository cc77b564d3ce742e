// Benchmark: the "belum melapor" board (`reportingBoard`) for the bench province over HTTP on
// PostgreSQL at bench scale, with the fields the web app's board page asks for.
// Usage: DATABASE_URL=postgresql://…/ekinerja_bench pnpm --filter @ekinerja/api bench:board
import {
  BENCH_CALLS as CALLS,
  BENCH_MONTH as MONTH,
  BENCH_YEAR as YEAR,
  ensureBenchBoardCounts,
  openBenchSeed,
  printLatencyTable,
  startBenchServer,
  timeSequentialCalls,
} from './benchSeed';

/** 40 OPDs and 10 kabupaten/kota. */
const ROWS = 50;

const seed = await openBenchSeed('reporting board');
const { db, province } = seed;
await ensureBenchBoardCounts(seed);
const server = await startBenchServer(seed);
// apps/web/src/modules/reporting/graphql/reportingBoardQuery.graphql
const body = JSON.stringify({
  query: `query($s: ID!) { reportingBoard(scopeId: $s, year: ${YEAR}, month: ${MONTH}) {
    year month rows {
      scope { __typename ... on OrgUnit { id name } ... on Tenant { id name } }
      due saved submitted verified rejected late complete operators unitHeads } } }`,
  variables: { s: `Tenant:${province.id}` },
});

interface Board {
  reportingBoard: { rows: { due: number; operators: string[]; unitHeads: string[] }[] };
}
let last: Board | undefined;
async function once(): Promise<void> {
  last = await server.post<Board>(body);
  if (last.reportingBoard.rows.length !== ROWS) throw new Error(`expected ${ROWS} rows on the board`);
}

const samples = await timeSequentialCalls(once);
const rows = last!.reportingBoard.rows;
const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r), 0);
console.log(
  `\nreportingBoard(province, ${YEAR}-${MONTH}) over HTTP, ${CALLS.runs} sequential calls after ${CALLS.warmup} warm-up:`,
);
console.log(
  `${rows.length} rows, ${sum((r) => r.due).toLocaleString('en')} indicators due, ${sum((r) => r.operators.length).toLocaleString('en')} operator and ${sum((r) => r.unitHeads.length).toLocaleString('en')} unit-head names`,
);
printLatencyTable(samples);
await server.stop();
await db.close();
