// Times the snapshot part of a write: after a verified value changes, reading the indicator's
// path and storing the moved snapshots, exactly as the write path does, inside a transaction that
// is then rolled back so the database is left as it was.
import type { PrismaClient } from '@ekinerja/db';
import {
  indicatorScoreChanges,
  storeSnapshotChanges,
} from '../src/modules/snapshots/providers/incrementalScores';
import { scoringSettingsFromRow, WITH_CALENDAR } from '../src/modules/settings/lib/scoringSettings';

class RolledBack extends Error {}

export interface SnapshotUpdateSample {
  ms: number;
  snapshots: number;
}

export async function measureSnapshotUpdates(
  prisma: PrismaClient,
  tenantIds: string[],
  year: number,
  count: number,
  /** Leading samples to discard (cold caches, JIT). */
  warmup = 50,
): Promise<SnapshotUpdateSample[]> {
  const rows = await prisma.$queryRaw<
    { id: string; indicatorId: string; month: number; value: number; tenantId: string }[]
  >`
    SELECT m.id, m."indicatorId", m.month, m.value, i."tenantId" FROM "Measurement" m
    JOIN "Indicator" i ON i.id = m."indicatorId"
    WHERE m.status = 'VERIFIED' AND m.year = ${year} AND i."tenantId" = ANY(${tenantIds}::uuid[])
    ORDER BY md5(m.id::text) LIMIT ${count + warmup}`;
  const settings = new Map(
    (
      await prisma.tenantSettings.findMany({ where: { tenantId: { in: tenantIds } }, include: WITH_CALENDAR })
    ).map((s) => [s.tenantId, scoringSettingsFromRow(s)]),
  );
  const samples: SnapshotUpdateSample[] = [];
  for (const row of rows) {
    await prisma
      .$transaction(async (tx) => {
        await tx.measurement.update({ where: { id: row.id }, data: { value: row.value * 1.1 + 1 } });
        const started = performance.now();
        const changes = await indicatorScoreChanges(
          tx,
          row.indicatorId,
          year,
          row.month,
          settings.get(row.tenantId) ?? scoringSettingsFromRow(null),
        );
        await storeSnapshotChanges(tx, row.tenantId, year, changes, 0n);
        samples.push({ ms: performance.now() - started, snapshots: changes.length });
        throw new RolledBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
  }
  return samples.slice(warmup);
}

/** The p-th percentile of ascending-sorted numbers (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
