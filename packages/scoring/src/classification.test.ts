import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { band, predikat } from './classification';
import type { ScoringRule } from './errors';
import { DEFAULT_SCORING_SETTINGS, resolveSettings } from './settings';

const inputError = (field: string, rule: ScoringRule) =>
  expect.objectContaining({ name: 'ScoringInputError', field, rule });

describe('band', () => {
  it('uses GREEN ≥ 100, YELLOW ≥ 80, RED below, NO_DATA for null', () => {
    expect(band(100)).toBe('GREEN');
    expect(band(120)).toBe('GREEN');
    expect(band(99.99)).toBe('YELLOW');
    expect(band(80)).toBe('YELLOW');
    expect(band(79.99)).toBe('RED');
    expect(band(0)).toBe('RED');
    expect(band(null)).toBe('NO_DATA');
  });

  it('treats float noise at a threshold as reaching it', () => {
    expect(band(80 - 1e-12)).toBe('YELLOW');
    expect(band(100 - 1e-12)).toBe('GREEN');
  });

  it('follows the tenant thresholds', () => {
    const settings = resolveSettings({ bands: { green: 90, yellow: 70 } });
    expect(band(90, settings)).toBe('GREEN');
    expect(band(75, settings)).toBe('YELLOW');
    expect(band(69, settings)).toBe('RED');
  });

  it('rejects a score that is not a finite number', () => {
    expect(() => band(Number.NaN)).toThrow(inputError('score', 'finite'));
  });
});

describe('predikat', () => {
  it('uses the five LKjIP bands', () => {
    expect(predikat(91)).toBe('SANGAT_BAIK');
    expect(predikat(90.99)).toBe('BAIK');
    expect(predikat(76)).toBe('BAIK');
    expect(predikat(66)).toBe('CUKUP');
    expect(predikat(51)).toBe('KURANG');
    expect(predikat(50.99)).toBe('SANGAT_KURANG');
    expect(predikat(null)).toBe('NO_DATA');
  });

  it('rejects a score that is not a finite number', () => {
    expect(() => predikat(Number.POSITIVE_INFINITY)).toThrow(inputError('score', 'finite'));
  });

  it('never ranks a lower score above a higher one', () => {
    const order = ['SANGAT_KURANG', 'KURANG', 'CUKUP', 'BAIK', 'SANGAT_BAIK'];
    const colours = ['RED', 'YELLOW', 'GREEN'];
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 200, noNaN: true }),
        fc.double({ min: -50, max: 200, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(order.indexOf(predikat(lo))).toBeLessThanOrEqual(order.indexOf(predikat(hi)));
          expect(colours.indexOf(band(lo, DEFAULT_SCORING_SETTINGS))).toBeLessThanOrEqual(
            colours.indexOf(band(hi)),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
