import { describe, expect, it } from 'vitest';
import { draftOf, readSettings, SETTINGS_FIELDS, type SettingsField } from '../settingsForm';

const defaults = Object.fromEntries(SETTINGS_FIELDS.map((f) => [f, 10])) as Record<SettingsField, number>;

describe('settings form', () => {
  it('round-trips the stored values, decimals with a comma', () => {
    const draft = draftOf({ ...defaults, bandYellowMin: 82.5 });
    expect(draft.bandYellowMin).toBe('82,5');
    expect(readSettings(draft).values).toEqual({ ...defaults, bandYellowMin: 82.5 });
  });

  it('names each field that is not a number', () => {
    const draft = { ...draftOf(defaults), bandGreenMin: 'seratus', budgetWarningDeviation: '' };
    expect(readSettings(draft).errors.map((e) => `${e.field}:${e.key}`)).toEqual([
      'bandGreenMin:settings.errors.number',
      'budgetWarningDeviation:settings.errors.number',
    ]);
  });
});
