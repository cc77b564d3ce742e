// A tenant's stored settings as the scoring engine's settings and reporting calendar.
import type { Prisma } from '@ekinerja/db';
import {
  reportingCalendar,
  resolveSettings,
  type ReportingCalendar,
  type ScoringSettings,
} from '@ekinerja/scoring';

/** What every read of a tenant's settings includes: its calendar rows. */
export const WITH_CALENDAR = { calendar: true } as const;

export type StoredSettings = Prisma.TenantSettingsGetPayload<{ include: typeof WITH_CALENDAR }>;

/** The tenant's calendar; frequencies without a stored rule keep the defaults. */
export function calendarFromRow(row: StoredSettings | null): ReportingCalendar {
  return reportingCalendar(row?.calendar ?? []);
}

export function scoringSettingsFromRow(row: StoredSettings | null): ScoringSettings {
  if (!row) return resolveSettings();
  return resolveSettings({
    cap: row.achievementCap,
    bands: { green: row.bandGreenMin, yellow: row.bandYellowMin },
    predikatThresholds: {
      SANGAT_BAIK: row.predikatSangatBaikMin,
      BAIK: row.predikatBaikMin,
      CUKUP: row.predikatCukupMin,
      KURANG: row.predikatKurangMin,
    },
    budgetDeviationLevels: { warning: row.budgetWarningDeviation, critical: row.budgetCriticalDeviation },
    rankingWeights: {
      score: row.rankingWeightScore,
      budget: row.rankingWeightBudget,
      timeliness: row.rankingWeightTimeliness,
    },
    // Monthly values are the ones every scope figure counts: their due day is the engine's.
    dueDay: calendarFromRow(row).MONTHLY.dueDay,
    timeZone: row.timeZone,
  });
}
