import { describe, expect, it } from 'vitest';
import { BERAKHLAK_ASPECTS, rateInput, realisationInput, requireEachAspectOnce } from './skpInputs';

const behaviours = BERAKHLAK_ASPECTS.map((aspect) => ({ aspect, rating: 'MEETS' }));

describe('rateInput', () => {
  it('takes the three ratings and the seven aspects', () => {
    const parsed = rateInput.parse({ period: 'Q1', hasilKerja: 'ABOVE', perilakuKerja: 'MEETS', behaviours });
    expect(parsed.feedback).toBeNull();
    expect(parsed.behaviours).toHaveLength(7);
  });

  it('refuses a rating outside the three, naming the field', () => {
    const result = rateInput.safeParse({
      period: 'Q1',
      hasilKerja: 'GOOD',
      perilakuKerja: 'MEETS',
      behaviours,
    });
    expect(result.error?.issues[0]?.path).toEqual(['hasilKerja']);
  });

  it('refuses six aspects and a repeated one', () => {
    expect(
      rateInput.safeParse({
        period: 'Q1',
        hasilKerja: 'MEETS',
        perilakuKerja: 'MEETS',
        behaviours: behaviours.slice(1),
      }).success,
    ).toBe(false);
    const repeated = [...behaviours.slice(0, 6), { aspect: 'AKUNTABEL', rating: 'MEETS' }];
    expect(() => requireEachAspectOnce(repeated)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ field: 'behaviours.6.aspect', rule: 'duplicate' }),
      }),
    );
  });
});

describe('realisationInput', () => {
  it('keeps web links as evidence and refuses other schemes', () => {
    const base = { period: 'Q2', realisation: '3 laporan' };
    expect(realisationInput.parse({ ...base, evidenceUrl: 'https://drive.example.id/x' }).evidenceUrl).toBe(
      'https://drive.example.id/x',
    );
    expect(realisationInput.parse({ ...base, evidenceUrl: '' }).evidenceUrl).toBeNull();
    expect(realisationInput.safeParse({ ...base, evidenceUrl: 'javascript:alert(1)' }).success).toBe(false);
  });

  it('refuses a realisation over 1000 characters', () => {
    expect(realisationInput.safeParse({ period: 'Q2', realisation: 'x'.repeat(1001) }).success).toBe(false);
  });
});
