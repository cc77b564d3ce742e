// Analyses for lists (an inbox, a verify queue, a scorecard, a report): batched per request, one
// query per period asked about, whatever the number of indicators.
import type { PerformanceAnalysis, PrismaClient } from '@ekinerja/db';
import DataLoader from 'dataloader';
import { perRequest } from '../../../requestLoaders';

export type AnalysisRow = PerformanceAnalysis & { updatedBy: { displayName: string } | null };

export interface AnalysisKey {
  indicatorId: string;
  year: number;
  month: number;
}

const keyOf = (k: AnalysisKey) => `${k.indicatorId}/${k.year}/${k.month}`;

/** Keys grouped by their period, so each period costs one query. */
function byPeriod(keys: readonly AnalysisKey[]): Map<string, AnalysisKey[]> {
  const groups = new Map<string, AnalysisKey[]>();
  for (const key of keys) {
    const period = `${key.year}/${key.month}`;
    groups.set(period, [...(groups.get(period) ?? []), key]);
  }
  return groups;
}

function analysisLoader(prisma: PrismaClient, upToMonth: boolean) {
  return new DataLoader<AnalysisKey, AnalysisRow | null, string>(
    async (keys) => {
      const found = new Map<string, AnalysisRow>();
      for (const group of byPeriod(keys).values()) {
        const { year, month } = group[0]!;
        const rows = await prisma.performanceAnalysis.findMany({
          where: {
            indicatorId: { in: group.map((k) => k.indicatorId) },
            year,
            month: upToMonth ? { lte: month } : month,
          },
          include: { updatedBy: { select: { displayName: true } } },
          orderBy: { month: 'asc' },
        });
        // Ascending months: the last one written for an indicator is its latest.
        for (const row of rows) found.set(keyOf({ indicatorId: row.indicatorId, year, month }), row);
      }
      return keys.map((k) => found.get(keyOf(k)) ?? null);
    },
    { cacheKeyFn: keyOf },
  );
}

export const analysisLoaders = perRequest((prisma) => ({
  /** The analysis of exactly that period. */
  ofPeriod: analysisLoader(prisma, false),
  /** The latest analysis of a period of the year up to that month. */
  latestUpTo: analysisLoader(prisma, true),
}));
