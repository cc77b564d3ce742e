import { describe, expect, it } from 'vitest';
import type { ScoringRule } from './errors';
import { skpDistributionGuidance, skpPredicate, type SkpPredicate, type SkpRating } from './skp';

const inputError = (field: string, rule: ScoringRule) =>
  expect.objectContaining({ name: 'ScoringInputError', field, rule });

describe('skpPredicate', () => {
  const cells: [SkpRating, SkpRating, SkpPredicate][] = [
    ['ABOVE', 'ABOVE', 'SANGAT_BAIK'],
    ['ABOVE', 'MEETS', 'BAIK'],
    ['ABOVE', 'BELOW', 'BUTUH_PERBAIKAN'],
    ['MEETS', 'ABOVE', 'BAIK'],
    ['MEETS', 'MEETS', 'BAIK'],
    ['MEETS', 'BELOW', 'BUTUH_PERBAIKAN'],
    ['BELOW', 'ABOVE', 'KURANG'],
    ['BELOW', 'MEETS', 'KURANG'],
    ['BELOW', 'BELOW', 'SANGAT_KURANG'],
  ];
  it.each(cells)('hasil kerja %s × perilaku kerja %s → %s', (hasil, perilaku, expected) => {
    expect(skpPredicate(hasil, perilaku)).toBe(expected);
  });

  it.each([['GOOD'], [''], [null], [undefined], ['above'], [1]])(
    'refuses hasil kerja %j, naming the argument',
    (value) => {
      expect(() => skpPredicate(value as SkpRating, 'MEETS')).toThrow(inputError('hasilKerja', 'skpRating'));
    },
  );

  it.each([['EXCELLENT'], [null], ['meets']])('refuses perilaku kerja %j, naming the argument', (value) => {
    expect(() => skpPredicate('MEETS', value as SkpRating)).toThrow(inputError('perilakuKerja', 'skpRating'));
  });

  it('names hasil kerja first when both are wrong', () => {
    expect(() => skpPredicate('X' as SkpRating, 'Y' as SkpRating)).toThrow(
      inputError('hasilKerja', 'skpRating'),
    );
  });
});

describe('skpDistributionGuidance', () => {
  it('gives nothing when nobody is rated', () => {
    expect(skpDistributionGuidance('BAIK', {})).toEqual([]);
  });

  it('an outstanding organisation may have at most 70 % Sangat Baik', () => {
    const [rule] = skpDistributionGuidance('ISTIMEWA', { SANGAT_BAIK: 7, BAIK: 3 });
    expect(rule).toMatchObject({ kind: 'max', percent: 70, actualPercent: 70, met: true });
    const [over] = skpDistributionGuidance('ISTIMEWA', { SANGAT_BAIK: 8, BAIK: 2 });
    expect(over).toMatchObject({ actualPercent: 80, met: false });
  });

  it('a good organisation needs someone who needs improvement or falls short', () => {
    const none = skpDistributionGuidance('BAIK', { BAIK: 6, SANGAT_BAIK: 4 });
    expect(none.map((f) => f.met)).toEqual([true, false]);
    const some = skpDistributionGuidance('BAIK', { BAIK: 6, SANGAT_BAIK: 3, KURANG: 1 });
    expect(some.map((f) => f.met)).toEqual([true, true]);
  });

  it('an organisation needing improvement needs 60 % Butuh Perbaikan and at most 10 % Sangat Baik', () => {
    const findings = skpDistributionGuidance('BUTUH_PERBAIKAN', {
      BUTUH_PERBAIKAN: 5,
      SANGAT_BAIK: 2,
      BAIK: 3,
    });
    expect(findings.map((f) => [f.kind, f.actualPercent, f.met])).toEqual([
      ['min', 50, false],
      ['max', 20, false],
    ]);
  });

  it('a weak organisation: 60 % Kurang, 10 % Butuh Perbaikan, at most 10 % Sangat Baik', () => {
    const findings = skpDistributionGuidance('KURANG', { KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 3 });
    expect(findings.map((f) => f.met)).toEqual([true, true, true]);
  });

  it('a very weak organisation has no Sangat Baik at all', () => {
    const findings = skpDistributionGuidance('SANGAT_KURANG', {
      SANGAT_KURANG: 6,
      KURANG: 3,
      SANGAT_BAIK: 1,
    });
    expect(findings.map((f) => [f.kind, f.met])).toEqual([
      ['min', true],
      ['min', true],
      ['none', false],
    ]);
    const clean = skpDistributionGuidance('SANGAT_KURANG', { SANGAT_KURANG: 6, KURANG: 4 });
    expect(clean.at(-1)?.met).toBe(true);
  });

  it('refuses an unknown organisation predikat and negative counts', () => {
    expect(() => skpDistributionGuidance('CUKUP' as 'BAIK', { BAIK: 1 })).toThrow(
      inputError('organisation', 'skpOrganisationPredikat'),
    );
    expect(() => skpDistributionGuidance('BAIK', { BAIK: -1 })).toThrow(
      inputError('counts.BAIK', 'nonNegative'),
    );
  });
});
