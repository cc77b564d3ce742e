import { describe, expect, it } from 'vitest';
import { isEvidenceUrl, validateRealisation, validateRhk } from '../validateOwnSkp';

const indicator = { text: 'Cakupan imunisasi', target: '95', unit: '%' };

describe('validateRhk', () => {
  it('accepts an RHK with its text and an indicator with target and unit', () => {
    expect(validateRhk({ text: 'Imunisasi dasar', parentRhkId: '', indicators: [indicator] })).toEqual([]);
  });

  it('names each empty field, and asks for an indicator', () => {
    expect(validateRhk({ text: '  ', parentRhkId: '', indicators: [] })).toEqual([
      { field: 'text', key: 'skp.errors.required' },
      { field: 'indicators', key: 'skp.errors.indicatorRequired' },
    ]);
    expect(
      validateRhk({
        text: 'A',
        parentRhkId: '',
        indicators: [{ text: 'B', target: '', unit: 'x'.repeat(51) }],
      }),
    ).toEqual([
      { field: 'indicators.0.target', key: 'skp.errors.required' },
      { field: 'indicators.0.unit', key: 'skp.errors.tooLong', params: { max: 50 } },
    ]);
  });
});

describe('validateRealisation', () => {
  it('needs the realisation and takes evidence as a web link only', () => {
    expect(validateRealisation({ realisation: '92%', evidenceUrl: '', evidenceText: '' })).toEqual([]);
    expect(
      validateRealisation({ realisation: '', evidenceUrl: 'javascript:alert(1)', evidenceText: '' }),
    ).toEqual([
      { field: 'realisation', key: 'skp.errors.required' },
      { field: 'evidenceUrl', key: 'skp.errors.evidenceUrl' },
    ]);
  });

  it('knows a web address from other links', () => {
    expect(isEvidenceUrl('https://dikes.example.go.id/laporan.pdf')).toBe(true);
    expect(isEvidenceUrl('ftp://example.org/x')).toBe(false);
    expect(isEvidenceUrl('laporan.pdf')).toBe(false);
  });
});
