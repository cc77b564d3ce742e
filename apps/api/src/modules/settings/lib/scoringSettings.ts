// A tenant's stored settings as the scoring engine's settings.
import type { TenantSettings } from '@ekinerja/db';
import { resolveSettings, type ScoringSettings } from '@ekinerja/scoring';

export function scoringSettingsFromRow(row: TenantSettings | null): ScoringSettings {
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
    dueDay: row.reportDueDay,
    timeZone: row.timeZone,
  });
}
