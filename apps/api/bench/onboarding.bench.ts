// Benchmark: a Rencana workbook of 10,000 indicator rows (40 OPDs × 250 indicators over the four
// perspectives, targets for five plan years) checked and applied into a fresh kabupaten on
// PostgreSQL: dry run, apply (one transaction, the year scored afresh), and the same file again.
// Each run is its own process (as `pnpm cli import` runs), so its peak memory, the resident set
// sampled every 25 ms, is the import's alone and not the workbook generator's. Targets: apply
// ≤ 60 s, peak ≤ 500 MB.
// Usage: DATABASE_URL=postgresql://…/postgres pnpm --filter @ekinerja/api bench:onboarding
// (a temporary database is created on that server and dropped afterwards).
import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase } from '@ekinerja/db';
import { pino } from 'pino';
import { PLAN } from '../src/modules/onboarding/lib/planTemplate';
import { ORGANISATION } from '../src/modules/onboarding/lib/templates';
import { writeTemplate } from '../src/modules/onboarding/lib/workbook';
import { importWorkbook } from '../src/modules/onboarding/providers/onboardingImports';
import { createEventBus } from '../src/realtime/eventBus';
import { emptyTenant } from '../src/testing/emptyTenant';

const OPDS = Number(process.env.BENCH_OPDS ?? 40);
const PER_OPD = Number(process.env.BENCH_INDICATORS_PER_OPD ?? 250);
const TARGET_APPLY_S = 60;
const TARGET_PEAK_MB = 500;

interface RunResult {
  seconds: number;
  peakMb: number;
  /** The process at rest before the import: Node, the database client and the code loaded. */
  baselineMb: number;
  counts: { created: number; updated: number; unchanged: number; refused: number };
  problem: unknown;
}

/** One import in this process: what a child run does, printing its figures as JSON. */
async function runOnce(url: string, tenantId: string, file: string, apply: boolean): Promise<RunResult> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const db = createDatabase({ target: { kind: 'postgres', url }, poolSize: 2 });
  const logger = pino({ level: 'silent' });
  const bus = createEventBus(undefined, logger);
  await db.prisma.tenant.count();
  const baselineMb = process.memoryUsage().rss / 2 ** 20;
  try {
    const started = performance.now();
    const result = await importWorkbook(
      { prisma: db.prisma, bus, logger, actor: null },
      'rencana',
      tenantId,
      await readFile(file),
      apply,
    );
    const seconds = (performance.now() - started) / 1000;
    peak = Math.max(peak, process.memoryUsage().rss);
    return {
      seconds,
      peakMb: peak / 2 ** 20,
      baselineMb,
      counts: result.counts,
      problem: result.rows.find((r) => r.problems.length)?.problems ?? result.fileProblems[0] ?? null,
    };
  } finally {
    clearInterval(sampler);
    await bus.close();
    await db.close();
  }
}

if (process.env.BENCH_CHILD) {
  const [url, tenantId, file, apply] = process.env.BENCH_CHILD.split('\n');
  console.log(JSON.stringify(await runOnce(url!, tenantId!, file!, apply === 'apply')));
  process.exit(0);
}

if (!process.env.DATABASE_URL) throw new Error('set DATABASE_URL to a PostgreSQL server');

const { db, ctx, tenantId } = await emptyTenant('BENCHONB', 'Bench Onboarding');
const file = join(tmpdir(), `rencana-bench-${process.pid}.xlsx`);
try {
  const opdCodes = Array.from({ length: OPDS }, (_, i) => `OPD${String(i + 1).padStart(2, '0')}`);
  const units = await writeTemplate(
    ORGANISATION,
    opdCodes.map((code, i) => [
      code,
      null,
      `Dinas Uji ${i + 1}`,
      `Dinas ${i + 1}`,
      'OPD',
      `Kepala Dinas Uji ${i + 1}`,
    ]),
  );
  const organised = await importWorkbook(ctx, 'organisasi', tenantId, units, true);
  if (!organised.applied) throw new Error('the organisation did not import');

  const perspectives = [
    'Pemangku kepentingan',
    'Pelanggan',
    'Proses internal',
    'Pembelajaran dan pertumbuhan',
  ];
  const kinds = [
    ['Maksimal', 'Terakhir', 'Triwulanan', '%', (k: number) => String(80 + k)],
    ['Maksimal', 'Jumlah', 'Bulanan', 'layanan', (k: number) => String(1200 + 120 * k)],
    ['Minimal', 'Rata-rata', 'Bulanan', 'hari', (k: number) => String(8 - k)],
    ['Stabil', 'Rata-rata', 'Semesteran', 'rasio', () => '0,9 - 1,1'],
    ['Maksimal', 'Terakhir', 'Tahunan', 'nilai', (k: number) => String(70 + 2 * k)],
  ] as const;
  const keys = PLAN.columns.map((c) => c.key);
  const rows: (string | null)[][] = [];
  for (const code of opdCodes)
    for (let i = 0; i < PER_OPD; i += 1) {
      const p = i % 4;
      const [polarity, aggregation, frequency, unit, target] = kinds[i % kinds.length]!;
      const values: Partial<Record<(typeof keys)[number], string>> = {
        planKind: 'Renstra',
        year: '2026',
        startYear: '2025',
        endYear: '2029',
        unitCode: code,
        goalCode: 'T1',
        goal: `Meningkatnya kinerja ${code}`,
        objectiveCode: `S${p + 1}`,
        objective: `Sasaran ${p + 1} ${code}`,
        perspective: perspectives[p]!,
        perspectiveWeight: '25',
        objectiveWeight: '100',
        code: `IK.${String(i + 1).padStart(3, '0')}`,
        name: `Indikator ${i + 1} ${code}`,
        formula: 'Realisasi / target × 100',
        unit,
        polarity,
        aggregation,
        frequency,
        weight: '10',
        baseline: '75',
        ...Object.fromEntries([1, 2, 3, 4, 5].map((k) => [`target${k}`, target(k)])),
      };
      rows.push(keys.map((k) => values[k] ?? null));
    }
  const workbook = await writeTemplate(PLAN, rows);
  await writeFile(file, workbook);
  console.log(
    `Rencana workbook: ${rows.length.toLocaleString('en')} rows, ${(workbook.length / 1e6).toFixed(1)} MB`,
  );

  const timed = (run: string, apply: boolean): RunResult => {
    // BENCH_PROFILE=<folder> writes each run's CPU profile there.
    const profile = process.env.BENCH_PROFILE
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
      : [];
    // BENCH_NODE_OPTIONS adds Node flags to each run (e.g. a heap limit).
    profile.push(...(process.env.BENCH_NODE_OPTIONS?.split(' ').filter(Boolean) ?? []));
    const child = spawnSync(
      process.execPath,
      [...profile, '--import', 'tsx', fileURLToPath(import.meta.url)],
      {
        env: { ...process.env, BENCH_CHILD: [db.url, tenantId, file, apply ? 'apply' : 'dry'].join('\n') },
        encoding: 'utf8',
      },
    );
    if (child.status !== 0) throw new Error(`${run} failed: ${child.stderr}`);
    const result = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as RunResult;
    const c = result.counts;
    console.log(
      `${run}: ${result.seconds.toFixed(1)} s, peak RSS ${result.peakMb.toFixed(0)} MB (at rest ${result.baselineMb.toFixed(0)} MB) — created ${c.created}, updated ${c.updated}, unchanged ${c.unchanged}, refused ${c.refused}`,
    );
    if (c.refused > 0) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
    return result;
  };
  timed('dry run', false);
  const apply = timed('apply', true);
  timed('apply again (no change)', true);
  const snapshots = await db.prisma.scoreSnapshot.count({ where: { tenantId } });
  console.log(
    `stored: ${(await db.prisma.indicator.count({ where: { tenantId } })).toLocaleString('en')} indicators, ${snapshots.toLocaleString('en')} snapshots`,
  );
  console.log(
    `apply ${apply.seconds.toFixed(1)} s (target ≤ ${TARGET_APPLY_S} s: ${apply.seconds <= TARGET_APPLY_S ? 'met' : 'MISSED'}), peak ${apply.peakMb.toFixed(0)} MB (target ≤ ${TARGET_PEAK_MB} MB: ${apply.peakMb <= TARGET_PEAK_MB ? 'met' : 'MISSED'})`,
  );
} finally {
  await rm(file, { force: true });
  await db.dispose();
}
