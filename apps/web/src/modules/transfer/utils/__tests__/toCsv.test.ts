import { describe, expect, it } from 'vitest';
import type { ExportTable } from '../../types/ExportTable';
import { toCsv } from '../toCsv';

const table: ExportTable = {
  title: 'Capaian OPD',
  columns: [
    { key: 'name', header: 'Nama', kind: 'text' },
    { key: 'score', header: 'Skor', kind: 'number' },
    { key: 'achievement', header: 'Capaian (%)', kind: 'percent' },
    { key: 'budget', header: 'Pagu', kind: 'rupiah' },
    { key: 'date', header: 'Tanggal', kind: 'date' },
  ],
  rows: [
    {
      name: 'Dinas Pendidikan',
      score: 1234.5,
      achievement: 93.4,
      budget: '123456789012',
      date: '2026-11-29',
    },
    { name: '=HYPERLINK("http://x")', score: -0.25, achievement: null, budget: '-2500000', date: null },
    { name: 'Baris "satu"; dua, tiga\r\nempat', score: null, achievement: 0, budget: '12345678901234567890' },
  ],
};

describe('toCsv', () => {
  const csv = toCsv(table);

  it('starts with a UTF-8 byte order mark', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes id-ID CSV: `;` separators, decimal commas, CRLF after every record', () => {
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Nama;Skor;Capaian (%);Pagu;Tanggal');
    // Decimal commas are quoted too (harmless: Excel still reads a quoted number as a number).
    expect(lines[1]).toBe('Dinas Pendidikan;"1234,5";"93,4";123456789012;2026-11-29');
    expect(lines.at(-1)).toBe('');
  });

  it('escapes formulas, doubles quotes and quotes fields with separators or line breaks', () => {
    expect(csv).toContain(`\r\n"'=HYPERLINK(""http://x"")";"-0,25";;-2500000;\r\n`);
    expect(csv).toContain('\r\n"Baris ""satu""; dua, tiga\r\nempat";;0;12345678901234567890;\r\n');
  });

  it('does not escape negative numbers and keeps Rupiah beyond 2^53 exact', () => {
    expect(csv).toContain(';"-0,25";');
    expect(csv).toContain(';-2500000;');
    expect(csv).toContain(';12345678901234567890;');
  });

  it('writes instants in the tenant zone', () => {
    const instants: ExportTable = {
      title: 'x',
      columns: [{ key: 'at', header: 'Waktu', kind: 'date' }],
      rows: [{ at: '2026-11-28T17:05:09Z' }, { at: 'kemarin' }, { at: '-1' }],
    };
    expect(toCsv(instants).split('\r\n').slice(1, 4)).toEqual(['2026-11-29 01:05:09', 'kemarin', "'-1"]);
    expect(toCsv(instants, { timeZone: 'Asia/Jakarta' }).split('\r\n')[1]).toBe('2026-11-29 00:05:09');
  });

  it('writes `,` with decimal points when asked', () => {
    const lines = toCsv(table, { delimiter: ',' }).split('\r\n');
    expect(lines[1]).toBe('Dinas Pendidikan,1234.5,93.4,123456789012,2026-11-29');
    expect(lines[2]).toBe(`"'=HYPERLINK(""http://x"")",-0.25,,-2500000,`);
    expect(lines[0]).toBe('\uFEFFNama,Skor,Capaian (%),Pagu,Tanggal');
  });

  it('escapes headers too', () => {
    const csv = toCsv({ title: 't', columns: [{ key: 'a', header: '@a', kind: 'text' }], rows: [] });
    expect(csv).toBe("\uFEFF'@a\r\n");
  });
});
