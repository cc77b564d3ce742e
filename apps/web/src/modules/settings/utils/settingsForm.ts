// The settings form's fields in display groups, and reading what was typed: numbers the
// Indonesian way (the reporting calendar has its own form). Orderings between fields (green above yellow, …)
// are the API's to check; its answer names the field.
import type { FieldError } from '../../../ui/form/FieldError';
import { parseDecimal } from '../../format/parseDecimal';

export const SETTINGS_GROUPS = {
  bands: ['bandGreenMin', 'bandYellowMin', 'achievementCap'],
  predikat: ['predikatSangatBaikMin', 'predikatBaikMin', 'predikatCukupMin', 'predikatKurangMin'],
  ranking: ['rankingWeightScore', 'rankingWeightBudget', 'rankingWeightTimeliness'],
  budget: ['budgetWarningDeviation', 'budgetCriticalDeviation'],
} as const;

export type SettingsField = (typeof SETTINGS_GROUPS)[keyof typeof SETTINGS_GROUPS][number];
export type SettingsDraft = Record<SettingsField, string>;

export const SETTINGS_FIELDS = Object.values(SETTINGS_GROUPS).flat() as SettingsField[];

export function draftOf(values: Record<SettingsField, number>): SettingsDraft {
  return Object.fromEntries(
    SETTINGS_FIELDS.map((f) => [f, String(values[f]).replace('.', ',')]),
  ) as SettingsDraft;
}

export function readSettings(draft: SettingsDraft): {
  errors: FieldError[];
  values: Record<SettingsField, number> | null;
} {
  const errors: FieldError[] = [];
  const values = {} as Record<SettingsField, number>;
  for (const field of SETTINGS_FIELDS) {
    const value = parseDecimal(draft[field]);
    if (value === null) errors.push({ field, key: 'settings.errors.number' });
    else values[field] = value;
  }
  return { errors, values: errors.length === 0 ? values : null };
}
