// The rules a tenant's settings must follow, checked on the whole record after the change: each
// field's range, and the orderings between fields (green above yellow, predikat thresholds
// descending, ranking weights summing to 100, critical deviation below warning).
import { z } from 'zod';
import { clientMutationId } from '../../changes/lib/writeInputs';

const score = z.number().finite().min(0).max(200);
const percent = z.number().finite().min(0).max(100);
const deviation = z.number().finite().min(-100).max(0);

export const updateSettingsInput = z.object({
  achievementCap: z.number().finite().min(100).max(200).nullish(),
  bandGreenMin: score.nullish(),
  bandYellowMin: score.nullish(),
  predikatSangatBaikMin: percent.nullish(),
  predikatBaikMin: percent.nullish(),
  predikatCukupMin: percent.nullish(),
  predikatKurangMin: percent.nullish(),
  reportDueDay: z.number().int().min(1).max(28).nullish(),
  rankingWeightScore: percent.nullish(),
  rankingWeightBudget: percent.nullish(),
  rankingWeightTimeliness: percent.nullish(),
  budgetWarningDeviation: deviation.nullish(),
  budgetCriticalDeviation: deviation.nullish(),
  clientMutationId,
});

export interface SettingsValues {
  achievementCap: number;
  bandGreenMin: number;
  bandYellowMin: number;
  predikatSangatBaikMin: number;
  predikatBaikMin: number;
  predikatCukupMin: number;
  predikatKurangMin: number;
  reportDueDay: number;
  rankingWeightScore: number;
  rankingWeightBudget: number;
  rankingWeightTimeliness: number;
  budgetWarningDeviation: number;
  budgetCriticalDeviation: number;
}

/** The first ordering the settings break, as field and rule; null when they fit together. */
export function settingsProblem(s: SettingsValues): { field: string; rule: string } | null {
  if (s.bandGreenMin <= s.bandYellowMin) return { field: 'bandGreenMin', rule: 'aboveYellow' };
  if (s.predikatSangatBaikMin <= s.predikatBaikMin)
    return { field: 'predikatSangatBaikMin', rule: 'aboveBaik' };
  if (s.predikatBaikMin <= s.predikatCukupMin) return { field: 'predikatBaikMin', rule: 'aboveCukup' };
  if (s.predikatCukupMin <= s.predikatKurangMin) return { field: 'predikatCukupMin', rule: 'aboveKurang' };
  const weights = s.rankingWeightScore + s.rankingWeightBudget + s.rankingWeightTimeliness;
  if (Math.abs(weights - 100) > 1e-9) return { field: 'rankingWeightScore', rule: 'weightsSumTo100' };
  if (s.budgetCriticalDeviation >= s.budgetWarningDeviation)
    return { field: 'budgetCriticalDeviation', rule: 'belowWarning' };
  return null;
}
