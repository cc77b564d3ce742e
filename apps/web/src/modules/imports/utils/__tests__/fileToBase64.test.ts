import { describe, expect, it } from 'vitest';
import { bytesToBase64, formatOf } from '../fileToBase64';

describe('import files', () => {
  it('knows XLSX and CSV by extension, whatever the case', () => {
    expect(formatOf('Realisasi November.XLSX')).toBe('XLSX');
    expect(formatOf('target.csv')).toBe('CSV');
    expect(formatOf('laporan.xls')).toBeNull();
    expect(formatOf('foto.png')).toBeNull();
  });

  it('encodes bytes as base64, also beyond one chunk', () => {
    expect(bytesToBase64(new TextEncoder().encode('Realisasi;87,5'))).toBe(btoa('Realisasi;87,5'));
    const large = new Uint8Array(100_000).map((_, i) => i % 251);
    expect(Buffer.from(bytesToBase64(large), 'base64').equals(Buffer.from(large))).toBe(true);
  });
});
