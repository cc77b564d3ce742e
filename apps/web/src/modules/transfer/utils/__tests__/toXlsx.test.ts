// Builds real workbooks and reads them back with exceljs: what Excel would find in the file.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ExportTable } from '../../types/ExportTable';
import { toXlsx } from '../toXlsx';

const table: ExportTable = {
  title: 'Capaian OPD: November',
  columns: [
    { key: 'name', header: 'Nama', kind: 'text' },
    { key: 'score', header: 'Skor', kind: 'number' },
    { key: 'achievement', header: 'Capaian', kind: 'percent' },
    { key: 'budget', header: 'Pagu', kind: 'rupiah' },
    { key: 'date', header: 'Tanggal', kind: 'date' },
  ],
  rows: [
    { name: '=1+1', score: -12.5, achievement: 93.4, budget: '123456789012', date: '2026-11-29' },
    {
      name: 'Dinas\nPendidikan',
      score: 0.1,
      achievement: null,
      budget: '-2500000',
      date: '2026-11-28T17:05:00Z',
    },
    { name: '-5', score: null, achievement: 0, budget: '12345678901234567890', date: 'kemarin' },
  ],
};

async function readBack(blob: Blob): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await blob.arrayBuffer()) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  return sheet;
}

describe('toXlsx', () => {
  it('produces an xlsx blob', async () => {
    const blob = await toXlsx(table);
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    // A zip archive, as every .xlsx is.
    expect([...new Uint8Array(await blob.slice(0, 2).arrayBuffer())]).toEqual([0x50, 0x4b]);
  });

  it('writes formula-looking text as an escaped plain string, never a formula', async () => {
    const sheet = await readBack(await toXlsx(table));
    const cell = sheet.getCell('A2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe("'=1+1");
    expect(cell.formula).toBeUndefined();
    expect(sheet.getCell('A4').value).toBe("'-5");
    expect(sheet.getCell('A3').value).toBe('Dinas\nPendidikan');
  });

  it('writes numbers and Rupiah as numeric cells, exactly', async () => {
    const sheet = await readBack(await toXlsx(table));
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('B2').value).toBe(-12.5);
    expect(sheet.getCell('B2').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('B3').value).toBe(0.1);
    expect(sheet.getCell('C2').value).toBe(93.4);
    expect(sheet.getCell('C2').numFmt).toBe('#,##0.00"%"');
    expect(sheet.getCell('D2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('D2').value).toBe(123456789012);
    expect(sheet.getCell('D2').numFmt).toBe('"Rp"#,##0');
    expect(sheet.getCell('D3').value).toBe(-2500000);
  });

  it('keeps Rupiah beyond Excel’s 15 digits as exact text', async () => {
    const sheet = await readBack(await toXlsx(table));
    expect(sheet.getCell('D4').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('D4').value).toBe('12345678901234567890');
  });

  it('writes dates as dates, instants at the tenant’s wall clock', async () => {
    const sheet = await readBack(await toXlsx(table));
    expect(sheet.getCell('E2').type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getCell('E2').value).toEqual(new Date(Date.UTC(2026, 10, 29)));
    expect(sheet.getCell('E2').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('E3').value).toEqual(new Date(Date.UTC(2026, 10, 29, 1, 5)));
    expect(sheet.getCell('E3').numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(sheet.getCell('E4').value).toBe('kemarin');
  });

  it('leaves empty cells empty', async () => {
    const sheet = await readBack(await toXlsx(table));
    expect(sheet.getCell('C3').type).toBe(ExcelJS.ValueType.Null);
    expect(sheet.getCell('B4').type).toBe(ExcelJS.ValueType.Null);
  });

  it('has a bold, frozen, filterable header, fitted widths and a valid sheet name', async () => {
    const sheet = await readBack(await toXlsx(table));
    expect(sheet.name).toBe('Capaian OPD November');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Nama', 'Skor', 'Capaian', 'Pagu', 'Tanggal']);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:E1');
    // The longest line shown plus 2, between 8 and 60: "Pendidikan", "Rp 12.345.678.901.234.567.890".
    expect(sheet.getColumn(1).width).toBe(12);
    expect(sheet.getColumn(2).width).toBe(8);
    expect(sheet.getColumn(4).width).toBe(31);
  });

  it('keeps text within what Excel accepts', async () => {
    const sheet = await readBack(
      await toXlsx({
        title: 'x',
        columns: [{ key: 'a', header: 'A', kind: 'text' }],
        rows: [{ a: 'y'.repeat(40_000) }, { a: '\uD800 separuh' }, { a: 'bel\u0007' }],
      }),
    );
    expect(sheet.getCell('A2').value).toBe('y'.repeat(32_767));
    expect(sheet.getCell('A3').value).toBe('\uFFFD separuh');
    expect(sheet.getCell('A4').value).toBe('bel');
  });

  it('accepts a table without rows or columns', async () => {
    const sheet = await readBack(await toXlsx({ title: '', columns: [], rows: [] }));
    expect(sheet.name).toBe('Data');
    expect(sheet.rowCount).toBe(0);
  });
});
