import { describe, expect, it } from 'vitest';
import type { ScoringRule } from './errors';
import { DEFAULT_SCORING_SETTINGS, type ScoringSettingsInput, resolveSettings } from './settings';

const inputError = (field: string, rule: ScoringRule) =>
  expect.objectContaining({ name: 'ScoringInputError', field, rule });

describe('settings', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_SCORING_SETTINGS).toEqual({
      cap: 120,
      bands: { green: 100, yellow: 80 },
      predikatThresholds: { SANGAT_BAIK: 91, BAIK: 76, CUKUP: 66, KURANG: 51 },
      budgetDeviationLevels: { warning: -5, critical: -10 },
      rankingWeights: { score: 60, budget: 20, timeliness: 20 },
      dueDay: 10,
      timeZone: 'Asia/Makassar',
    });
    expect(Object.isFrozen(DEFAULT_SCORING_SETTINGS.bands)).toBe(true);
  });

  it('resolves no overrides to the defaults', () => {
    expect(resolveSettings()).toEqual(DEFAULT_SCORING_SETTINGS);
  });

  it('merges partial overrides field by field', () => {
    const settings = resolveSettings({
      cap: 150,
      bands: { yellow: 75 },
      predikatThresholds: { SANGAT_BAIK: 95 },
      budgetDeviationLevels: { critical: -15 },
      rankingWeights: { timeliness: 0 },
      dueDay: 5,
      timeZone: 'Asia/Jakarta',
    });
    expect(settings).toEqual({
      cap: 150,
      bands: { green: 100, yellow: 75 },
      predikatThresholds: { SANGAT_BAIK: 95, BAIK: 76, CUKUP: 66, KURANG: 51 },
      budgetDeviationLevels: { warning: -5, critical: -15 },
      rankingWeights: { score: 60, budget: 20, timeliness: 0 },
      dueDay: 5,
      timeZone: 'Asia/Jakarta',
    });
  });

  const invalid: [string, ScoringSettingsInput, string, ScoringRule][] = [
    ['cap 0', { cap: 0 }, 'cap', 'positive'],
    ['cap NaN', { cap: Number.NaN }, 'cap', 'finite'],
    ['green NaN', { bands: { green: Number.NaN } }, 'bands.green', 'finite'],
    ['yellow infinite', { bands: { yellow: Number.NEGATIVE_INFINITY } }, 'bands.yellow', 'finite'],
    ['green below yellow', { bands: { green: 70, yellow: 80 } }, 'bands.yellow', 'bandOrder'],
    ['predikat NaN', { predikatThresholds: { CUKUP: Number.NaN } }, 'predikatThresholds.CUKUP', 'finite'],
    ['predikat out of order', { predikatThresholds: { BAIK: 95 } }, 'predikatThresholds.BAIK', 'bandOrder'],
    [
      'warning NaN',
      { budgetDeviationLevels: { warning: Number.NaN } },
      'budgetDeviationLevels.warning',
      'finite',
    ],
    [
      'critical NaN',
      { budgetDeviationLevels: { critical: Number.NaN } },
      'budgetDeviationLevels.critical',
      'finite',
    ],
    [
      'critical above warning',
      { budgetDeviationLevels: { warning: -10, critical: -5 } },
      'budgetDeviationLevels.critical',
      'bandOrder',
    ],
    ['negative weight', { rankingWeights: { budget: -1 } }, 'rankingWeights.budget', 'nonNegative'],
    ['NaN weight', { rankingWeights: { score: Number.NaN } }, 'rankingWeights.score', 'finite'],
    [
      'all weights zero',
      { rankingWeights: { score: 0, budget: 0, timeliness: 0 } },
      'rankingWeights',
      'notAllZero',
    ],
    ['due day 0', { dueDay: 0 }, 'dueDay', 'range'],
    ['due day 29', { dueDay: 29 }, 'dueDay', 'range'],
    ['due day fractional', { dueDay: 10.5 }, 'dueDay', 'integer'],
    ['unknown time zone', { timeZone: 'Mars/Olympus' }, 'timeZone', 'timeZone'],
  ];
  it.each(invalid)('rejects %s', (_name, input, field, rule) => {
    expect(() => resolveSettings(input)).toThrow(inputError(field, rule));
  });

  it('accepts equal thresholds (a band can be empty)', () => {
    expect(resolveSettings({ bands: { green: 80, yellow: 80 } }).bands).toEqual({ green: 80, yellow: 80 });
  });
});
