// The rules a tenant's settings must follow, checked on the whole record after the change: each
// field's range, and the orderings between fields (green above yellow, predikat thresholds
// descending, ranking weights summing to 100, critical deviation below warning), and the
// reporting calendar's days (the window opens no later than the due day, one rule per frequency).
import { FREQUENCIES, MAX_GRACE_DAYS } from '@ekinerja/scoring';
import { z } from 'zod';
import { clientMutationId } from '../../changes/lib/writeInputs';

const score = z.number().finite().min(0).max(200);
const percent = z.number().finite().min(0).max(100);
const deviation = z.number().finite().min(-100).max(0);
const dayOfMonth = z.number().int().min(1).max(28);

export const calendarRuleInput = z.object({
  frequency: z.enum(FREQUENCIES as ['MONTHLY', 'QUARTERLY', 'SEMESTER', 'YEARLY']),
  openDay: dayOfMonth,
  dueDay: dayOfMonth,
  graceDays: z.number().int().min(0).max(MAX_GRACE_DAYS).nullish(),
});

export type CalendarRuleInput = z.infer<typeof calendarRuleInput>;

export const updateSettingsInput = z.object({
  achievementCap: z.number().finite().min(100).max(200).nullish(),
  bandGreenMin: score.nullish(),
  bandYellowMin: score.nullish(),
  predikatSangatBaikMin: percent.nullish(),
  predikatBaikMin: percent.nullish(),
  predikatCukupMin: percent.nullish(),
  predikatKurangMin: percent.nullish(),
  reportingCalendar: z.array(calendarRuleInput).max(FREQUENCIES.length).nullish(),
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

/** The first calendar rule that does not fit, as its field and rule; null when all fit. */
export function calendarProblem(
  rules: readonly CalendarRuleInput[],
): { field: string; rule: string; params?: Record<string, unknown> } | null {
  const seen = new Set<string>();
  for (const [i, r] of rules.entries()) {
    if (seen.has(r.frequency)) return { field: `reportingCalendar.${i}.frequency`, rule: 'duplicate' };
    seen.add(r.frequency);
    if (r.openDay > r.dueDay)
      return {
        field: `reportingCalendar.${i}.openDay`,
        rule: 'notAfterDueDay',
        params: { dueDay: r.dueDay },
      };
  }
  return null;
}
