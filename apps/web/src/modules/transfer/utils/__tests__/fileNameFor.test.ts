import { describe, expect, it } from 'vitest';
import { fileNameFor } from '../fileNameFor';

describe('fileNameFor', () => {
  it('slugs the title and adds the date', () => {
    expect(fileNameFor('Capaian OPD', new Date('2026-11-29T03:00:00Z'), 'xlsx')).toBe(
      'capaian-opd-2026-11-29.xlsx',
    );
  });
  it('takes the date in the tenant zone', () => {
    const lateUtc = new Date('2026-11-28T17:30:00Z');
    expect(fileNameFor('a', lateUtc, 'csv')).toBe('a-2026-11-29.csv');
    expect(fileNameFor('a', lateUtc, 'csv', 'Asia/Jakarta')).toBe('a-2026-11-29.csv');
    expect(fileNameFor('a', new Date('2026-11-28T16:30:00Z'), 'csv', 'Asia/Jakarta')).toBe(
      'a-2026-11-28.csv',
    );
  });
  it('drops accents, path characters and anything unsafe', () => {
    expect(
      fileNameFor(' Sékolah / ../Dinas: "Kesehatan" <2026> ', new Date('2026-01-02T00:00:00Z'), 'csv'),
    ).toBe('sekolah-dinas-kesehatan-2026-2026-01-02.csv');
  });
  it('falls back to `data` and keeps the name short', () => {
    expect(fileNameFor('—', new Date('2026-01-02T00:00:00Z'), 'xlsx')).toBe('data-2026-01-02.xlsx');
    const long = fileNameFor('a'.repeat(300), new Date('2026-01-02T00:00:00Z'), 'xlsx');
    expect(long.length).toBeLessThanOrEqual(80 + '-2026-01-02.xlsx'.length);
  });
});
