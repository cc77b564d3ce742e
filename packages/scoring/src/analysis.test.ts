import { describe, expect, it } from 'vitest';
import { analysisReason } from './analysis';
import type { IndicatorYear } from './periods';
import { resolveSettings } from './settings';

// Default bands: green from 100, yellow from 80 (DESIGN §3).
const monthly = (realisations: (number | null)[], targets: (number | null)[]): IndicatorYear => ({
  polarity: 'MAXIMIZE',
  aggregation: 'SUM',
  frequency: 'MONTHLY',
  targets: [null, ...targets],
  realisations: [null, ...realisations],
});

describe('analysisReason', () => {
  it('asks nothing of a value on or above target', () => {
    expect(analysisReason(monthly([100], [100]), 1, true)).toBeNull();
    expect(analysisReason(monthly([130], [100]), 1, true)).toBeNull();
  });

  it('asks for it when the period itself is yellow or red, whatever the year to date', () => {
    // January far above target; February alone at 85 % and 40 %.
    expect(analysisReason(monthly([300, 85], [100, 100]), 2, false)).toBe('YELLOW');
    expect(analysisReason(monthly([300, 40], [100, 100]), 2, false)).toBe('RED');
  });

  it('reads the bands from the tenant settings', () => {
    const strict = resolveSettings({ bands: { green: 90, yellow: 50 } });
    expect(analysisReason(monthly([85], [100]), 1, false, strict)).toBe('YELLOW');
    expect(analysisReason(monthly([92], [100]), 1, false, strict)).toBeNull();
  });

  it('follows the polarity: more than the target is red for a value to minimise', () => {
    const minimise: IndicatorYear = {
      polarity: 'MINIMIZE',
      formula: 'RATIO_DIFF',
      aggregation: 'AVERAGE',
      frequency: 'MONTHLY',
      targets: [null, 10],
      realisations: [null, 15],
    };
    expect(analysisReason(minimise, 1, false)).toBe('RED');
  });

  it('asks for it once the period has ended with no value', () => {
    expect(analysisReason(monthly([null], [100]), 1, true)).toBe('NO_VALUE');
    expect(analysisReason(monthly([null], [100]), 1, false)).toBeNull();
  });

  it('asks nothing where there is no target or the month is not a reporting month', () => {
    expect(analysisReason(monthly([null], [null]), 1, true)).toBeNull();
    const quarterly: IndicatorYear = {
      polarity: 'MAXIMIZE',
      aggregation: 'SUM',
      frequency: 'QUARTERLY',
      targets: [null, 5, 5, 5],
      realisations: [],
    };
    expect(analysisReason(quarterly, 2, true)).toBeNull();
    expect(analysisReason(quarterly, 3, true)).toBe('NO_VALUE');
  });
});
