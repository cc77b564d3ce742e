// `pnpm db:rebuild-scores [--year 2026] [--check]`: recomputes every score snapshot and scope
// figure from the rows, reports where the stored ones differed, and writes the rebuilt ones
// (unless --check). Exit code 1 when anything differed.
import { parseArgs } from 'node:util';
import { createDatabase } from '@ekinerja/db';
import { compareStoredScores, rebuildScores } from '../modules/snapshots';

const { values } = parseArgs({
  options: { year: { type: 'string' }, check: { type: 'boolean', default: false } },
});
const year = Number(values.year ?? new Date().getFullYear());
if (!Number.isInteger(year) || year < 2000 || year > 2100) {
  console.error('usage: pnpm db:rebuild-scores [--year 2026] [--check]');
  process.exit(2);
}

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
  if (differences.length > 0 && !values.check) {
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
