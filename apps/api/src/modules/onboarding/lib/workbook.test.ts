import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ORGANISATION, STAFF } from './templates';
import { GUIDE_SHEET, markProblems, readWorkbook, writeTemplate } from './workbook';

async function workbookOf(sheet: string, rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet(sheet);
  for (const row of rows) data.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const HEADER = ['Kode unit', 'Kode induk', 'Nama unit', 'Nama singkat', 'Jenis', 'Jabatan kepala'];

describe('writeTemplate', () => {
  it('writes the data sheet with its headers and a Petunjuk sheet explaining every column with an example', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeTemplate(STAFF)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Pegawai', GUIDE_SHEET]);
    const headers = workbook.getWorksheet('Pegawai')!.getRow(1).values as unknown[];
    expect(headers.slice(1)).toEqual(STAFF.columns.map((c) => c.header));
    const guide = workbook.getWorksheet(GUIDE_SHEET)!;
    STAFF.columns.forEach((c, i) => {
      const explained = (guide.getRow(i + 2).values as unknown[]).slice(1);
      expect(explained).toEqual([c.header, c.required ? 'Ya' : 'Tidak', c.rule, c.description, c.example]);
    });
    const rows: unknown[][] = [];
    guide.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const exampleAt = rows.findIndex((r) => r[0] === 'NIP' && r[1] === 'Nama');
    expect(rows[exampleAt + 1]).toEqual(STAFF.columns.map((c) => c.example));
  });

  it('reads its own template back as a file without rows or problems', async () => {
    expect(await readWorkbook(ORGANISATION, await writeTemplate(ORGANISATION))).toEqual({
      rows: [],
      problems: [],
    });
  });
});

describe('readWorkbook', () => {
  it('keeps formulas and text starting with =, +, - or @ as text, never evaluated', async () => {
    const file = await workbookOf('Organisasi', [
      HEADER,
      ['DINKES', null, { formula: '1+1', result: 2 }, '=HYPERLINK("http://x")', 'OPD', '+62 kepala'],
      ['DIKBUD', null, '-Dinas Pendidikan', '@dikbud', 'opd', null],
    ]);
    const { rows, problems } = await readWorkbook(ORGANISATION, file);
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.values)).toEqual([
      {
        code: 'DINKES',
        parentCode: null,
        name: '=1+1',
        shortName: '=HYPERLINK("http://x")',
        kind: 'OPD',
        head: '+62 kepala',
      },
      {
        code: 'DIKBUD',
        parentCode: null,
        name: '-Dinas Pendidikan',
        shortName: '@dikbud',
        kind: 'opd',
        head: null,
      },
    ]);
  });

  it('reports each bad cell with sheet, row, column and rule', async () => {
    const file = await workbookOf('Organisasi', [
      HEADER,
      ['dinkes', null, 'Dinas Kesehatan', null, 'Kantor', null],
      [],
      ['BID-1', 'DINKES', null, null, 'Bidang', null],
    ]);
    const { rows, problems } = await readWorkbook(ORGANISATION, file);
    expect(rows.map((r) => r.row)).toEqual([2, 4]);
    expect(problems).toEqual([
      { sheet: 'Organisasi', row: 2, column: 'Kode unit', rule: 'unitCode', value: 'dinkes' },
      { sheet: 'Organisasi', row: 2, column: 'Jenis', rule: 'kind', value: 'Kantor' },
      { sheet: 'Organisasi', row: 4, column: 'Nama unit', rule: 'required', value: null },
    ]);
  });

  it('checks what a NIP encodes, and a NIP typed as a number is refused rather than rounded', async () => {
    const header = STAFF.columns.map((c) => c.header);
    const file = await workbookOf('Pegawai', [
      header,
      ['198502302010011002', 'A', null, 'Staf', null, 'DINKES', null],
      ['198503122010131002', 'B', 'V/a', 'Staf', 'Lurah', 'DINKES', null],
      ['198503122010013002', 'C', null, 'Staf', null, 'DINKES', '1985'],
      [Number('198503122010011002'), 'D', null, 'Staf', null, 'DINKES', null],
    ]);
    const { problems } = await readWorkbook(STAFF, file);
    expect(problems.map((p) => [p.row, p.column, p.rule])).toEqual([
      [2, 'NIP', 'birthDate'],
      [3, 'NIP', 'appointment'],
      [3, 'Golongan', 'golongan'],
      [3, 'Jenis jabatan', 'level'],
      [4, 'NIP', 'sex'],
      [4, 'NIP atasan', 'nipDigits'],
      [5, 'NIP', 'nipDigits'],
    ]);
  });

  it('refuses a file that is not a workbook, and a sheet without a required column', async () => {
    const csv = Buffer.from('Kode unit;Nama unit\nDINKES;Dinas Kesehatan\n');
    expect((await readWorkbook(ORGANISATION, csv)).problems).toEqual([
      { sheet: 'Organisasi', row: 0, column: null, rule: 'notXlsx', value: null },
    ]);
    const truncated = (await writeTemplate(ORGANISATION)).subarray(0, 600);
    expect((await readWorkbook(ORGANISATION, truncated)).problems[0]?.rule).toBe('notXlsx');
    const noKind = await workbookOf('Data', [
      ['Kode unit', 'Nama unit'],
      ['DINKES', 'Dinas Kesehatan'],
    ]);
    expect(await readWorkbook(ORGANISATION, noKind)).toEqual({
      rows: [],
      problems: [{ sheet: 'Data', row: 1, column: 'Jenis', rule: 'missingColumn', value: null }],
    });
  });
});

describe('markProblems', () => {
  it('fills each problem cell red with its rules as the note, and refuses what is not a workbook', async () => {
    const content = await writeTemplate(ORGANISATION, [
      ['DINKES', 'NOPE', 'Dinas Kesehatan', null, 'OPD', null],
      ['DINKES', null, 'Dinas Kesehatan', null, 'Dinas', null],
    ]);
    const marked = await markProblems(content, [
      { sheet: 'Organisasi', row: 2, column: 'Kode induk', rule: 'notFound', value: 'NOPE' },
      { sheet: 'Organisasi', row: 3, column: 'Kode unit', rule: 'duplicate', value: 'DINKES' },
      { sheet: 'Organisasi', row: 3, column: 'Jenis', rule: 'kind', value: 'Dinas' },
      { sheet: 'Organisasi', row: 3, column: 'Jenis', rule: 'kindUnderParent', value: 'Dinas' },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(marked as never);
    const sheet = workbook.getWorksheet('Organisasi')!;
    const noteOf = (cell: ExcelJS.Cell) =>
      typeof cell.note === 'string' ? cell.note : (cell.note?.texts ?? []).map((t) => t.text).join('');
    const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(noteOf(sheet.getCell('B2'))).toBe('Kode induk: notFound');
    expect(noteOf(sheet.getCell('A3'))).toBe('Kode unit: duplicate');
    expect(noteOf(sheet.getCell('E3'))).toBe('Jenis: kind\nJenis: kindUnderParent');
    expect(fillOf(sheet.getCell('B2'))).toBe('FFFFC7CE');
    expect(sheet.getCell('A2').note).toBeUndefined();
    // The values stay as they were typed.
    expect(sheet.getCell('E3').value).toBe('Dinas');
    expect(await markProblems(Buffer.from('not,a,workbook'), [])).toBeNull();
  });
});
