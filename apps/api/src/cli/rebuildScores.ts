// `pnpm cli rebuild-scores [--year 2026] [--check]`: recomputes every score snapshot and scope
// figure from the rows, reports where the stored ones differed, and writes the rebuilt ones
// (unless --check). Exit code 1 when anything differed.
import { Command } from 'commander';
import { createDatabase } from '@ekinerja/db';
import { compareStoredScores, rebuildScores } from '../modules/snapshots';
import { fail } from './lib/fail';

export function rebuildScoresCommand(): Command {
  return new Command('rebuild-scores')
    .description('recompute every stored score and compare it with what was stored')
    .option('--year <YEAR>', 'the year to rebuild', String(new Date().getFullYear()))
    .option('--check', 'only report differences, write nothing', false)
    .action(async (options: { year: string; check: boolean }) => {
      const year = Number(options.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2100) fail('--year: a year from 2000 to 2100');
      const db = createDatabase();
      try {
        const started = performance.now();
        const differences = await compareStoredScores(db.prisma, { year });
        for (const d of differences.slice(0, 50))
          console.log(
            `${d.problem.padEnd(9)} ${d.nodeKind.padEnd(11)} ${d.nodeId} month ${d.month}: stored ${d.stored ?? '-'}, rebuilt ${d.rebuilt ?? '-'}`,
          );
        if (differences.length > 50) console.log(`… and ${differences.length - 50} more`);
        console.log(
          differences.length === 0
            ? `Stored scores for ${year} equal a full rebuild.`
            : `${differences.length} stored row(s) for ${year} differ from a full rebuild.`,
        );
        if (differences.length > 0 && !options.check) {
          const rebuilt = await rebuildScores(db.prisma, { year });
          console.log(
            `Rewrote ${rebuilt.snapshots.toLocaleString('en')} snapshots of ${rebuilt.tenants} tenant(s).`,
          );
        }
        console.log(`Took ${((performance.now() - started) / 1000).toFixed(1)} s.`);
        process.exitCode = differences.length > 0 ? 1 : 0;
      } finally {
        await db.close();
      }
    });
}
