// A period's written analysis: its texts as written (the web escapes them), dates as ISO strings.
import type { PerformanceAnalysisResolvers } from '../../../generated/resolverTypes';
import { isoDate } from '../../../period';

export const PerformanceAnalysis: PerformanceAnalysisResolvers = {
  followUpDue: (a) => isoDate(a.followUpDue) as string,
  updatedAt: (a) => a.updatedAt.toISOString(),
  updatedBy: (a) => a.updatedBy?.displayName ?? null,
};
