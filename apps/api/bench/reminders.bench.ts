// Benchmark: the reminder run (`runReminders`) for every bench tenant on PostgreSQL at bench scale,
// just after October's due day: a dry run, the run that creates the notifications, a second run
// (which must create none), without a mailer; then the CLI's dry run once, as an operator runs it.
// The notifications a previous run of this bench created at the same moment are removed first.
// Usage: DATABASE_URL=postgresql://…/ekinerja_bench pnpm --filter @ekinerja/api bench:reminders
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { runReminders } from '../src/modules/notifications/providers/reminderJob';
import { MemoryEventBus } from '../src/realtime/eventBus';
import { openBenchSeed } from './benchSeed';

/**
 * The default calendar makes October's values due by the end of 10 November in the tenant's zone
 * (Asia/Makassar, UTC+8); this is the next morning, when they are overdue.
 */
const NOW = new Date(process.env.BENCH_NOW ?? '2026-11-11T09:00:00+08:00');
const TARGET_S = 30;

const seed = await openBenchSeed('reminders', 4);
const { db, tenantIds } = seed;
const others = await db.prisma.tenant.count({ where: { id: { notIn: tenantIds } } });
if (others)
  console.log(`note: the database has ${others} tenant(s) besides the bench ones; the runs include them`);
const removed = await db.prisma.notification.deleteMany({
  where: { tenantId: { in: tenantIds }, createdAt: NOW },
});
if (removed.count)
  console.log(`removed ${removed.count} notifications of an earlier run at ${NOW.toISOString()}`);
const people = await db.prisma.$queryRaw<{ operators: bigint; heads: bigint }[]>`
  SELECT (SELECT count(DISTINCT "userId") FROM "IndicatorOperator") AS operators,
    (SELECT count(*) FROM "RoleAssignment" WHERE role = 'UNIT_HEAD') AS heads`;

const services = { prisma: db.prisma, bus: new MemoryEventBus(), logger: pino({ level: 'silent' }) };
const results: { run: string; seconds: number; notifications: number }[] = [];
async function timed(run: string, dryRun: boolean) {
  const started = performance.now();
  const report = await runReminders(services, { now: NOW, dryRun });
  const seconds = (performance.now() - started) / 1000;
  results.push({ run, seconds, notifications: report.notifications.length });
  console.log(
    `${run}: ${seconds.toFixed(1)} s, ${report.notifications.length.toLocaleString('en')} notifications`,
  );
  return report;
}

const dry = await timed('runReminders, dry run', true);
const byKind = new Map<string, number>();
for (const n of dry.notifications) byKind.set(n.kind, (byKind.get(n.kind) ?? 0) + 1);

// The CLI as built (`pnpm cli`), or from source when the API is not built.
const apiDir = fileURLToPath(new URL('..', import.meta.url));
const script = existsSync(`${apiDir}/dist/cli.js`) ? 'cli' : 'dev:cli';
const args = ['--silent', script, 'reminders', '--now', NOW.toISOString(), '--dry-run'];
const cliStarted = performance.now();
const cli = spawnSync('pnpm', args, { cwd: apiDir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const cliSeconds = (performance.now() - cliStarted) / 1000;
if (cli.status !== 0) throw new Error(`pnpm ${args.join(' ')} failed: ${cli.stderr}`);
const summary = cli.stdout.trim().split('\n').at(-2) ?? '';
results.push({
  run: `pnpm ${args.join(' ')}`,
  seconds: cliSeconds,
  notifications: Number.parseInt(summary, 10),
});
console.log(`pnpm ${args.join(' ')}: ${cliSeconds.toFixed(1)} s (${summary})`);

const created = await timed('runReminders', false);
const again = await timed('runReminders again', false);
if (again.notifications.length !== 0) throw new Error('the second run created notifications again');
if (created.notifications.length !== dry.notifications.length)
  throw new Error('the run created a different number of notifications than the dry run listed');

console.log(
  `\nreminders at ${NOW.toISOString()} for ${tenantIds.length} bench tenants (${Number(people[0]!.operators).toLocaleString('en')} operators, ${Number(people[0]!.heads).toLocaleString('en')} unit heads):`,
);
console.log(`by kind: ${[...byKind].map(([kind, n]) => `${kind} ${n.toLocaleString('en')}`).join(', ')}`);
console.log('| run | seconds | notifications |\n| --- | ---: | ---: |');
for (const r of results)
  console.log(`| ${r.run} | ${r.seconds.toFixed(1)} s | ${r.notifications.toLocaleString('en')} |`);
const slowest = Math.max(...results.map((r) => r.seconds));
console.log(
  `target ≤ ${TARGET_S} s: ${slowest <= TARGET_S ? 'met' : 'missed'} (slowest ${slowest.toFixed(1)} s)`,
);
await db.close();
