// Monthly reporting from a spreadsheet: the operator downloads the month's template, fills it
// in, and uploads it. A file with bad rows is refused with every bad row listed and nothing
// written; the corrected file applies completely. Text that looks like a formula is exported
// as text, in Excel and in CSV.
import { ANALYSIS, redValueFor } from '../support/analysis';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { currentPeriod, gql, indicatorMonth, login, openDikesTasks } from '../support/graphql';
import { logIn } from '../support/logIn';

const FORMULA_NOTE = '=HYPERLINK("http://contoh.invalid","klik")';

async function download(panel: Locator, button: RegExp): Promise<Buffer> {
  const [file] = await Promise.all([
    panel.page().waitForEvent('download'),
    panel.getByRole('button', { name: button }).click(),
  ]);
  return readFile((await file.path())!);
}

async function upload(page: Page, panel: Locator, name: string, content: Buffer): Promise<void> {
  await panel.getByLabel(/^Pilih berkas/).setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: content,
  });
  await expect(page.getByText('Memeriksa berkas…')).toHaveCount(0);
}

/** Column numbers of the template by header. */
function columnsOf(sheet: ExcelJS.Worksheet): Map<string, number> {
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => columns.set(String(cell.value), col));
  return columns;
}

test('a template with bad rows is refused row by row and writes nothing; corrected, it applies completely', async ({
  page,
  api,
}) => {
  const operator = await login(api.baseURL, 'operator-kesehatan');
  const [a, b, noted] = await openDikesTasks(api.baseURL, operator, 3, { opdOwned: false });
  const { year, month } = currentPeriod();
  // A draft whose note looks like a formula, to see it exported as text.
  await gql(
    api.baseURL,
    'mutation($input: SaveMeasurementInput!) { saveMeasurement(input: $input) { seq } }',
    {
      input: { indicatorId: noted!.indicatorId, year, month, value: redValueFor(noted!), note: FORMULA_NOTE },
    },
    operator,
  );

  await logIn(page, 'operator-kesehatan');
  const panel = page.getByTestId('import-realisations');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await download(panel, /^Unduh Excel/)) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const col = columnsOf(sheet);
  const rowOf = (indicatorId: string) => {
    for (let r = 2; r <= sheet.rowCount; r += 1)
      if (sheet.getRow(r).getCell(col.get('ID indikator')!).value === indicatorId) return r;
    throw new Error(`${indicatorId} not in the template`);
  };

  // The formula-like note is a plain string in Excel, with a leading apostrophe.
  const noteCell = sheet.getRow(rowOf(noted!.indicatorId)).getCell(col.get('Catatan')!);
  expect(noteCell.type).toBe(ExcelJS.ValueType.String);
  expect(noteCell.value).toBe(`'${FORMULA_NOTE}`);
  // And in CSV: the same cell starts with the apostrophe, not with `=`.
  const csv = (await download(panel, /^Unduh CSV/)).toString('utf8');
  expect(csv).toContain(`'=HYPERLINK(`);
  expect(csv).not.toMatch(/(^|[;\n])"?=HYPERLINK/);

  // Fill in two values, one of them wrong, and add a row for a month that does not exist.
  const value = col.get('Realisasi')!;
  // Far short of its target: it needs the written analysis the first file does not give.
  const aValue = redValueFor(a!);
  sheet.getRow(rowOf(a!.indicatorId)).getCell(value).value = aValue;
  sheet.getRow(rowOf(b!.indicatorId)).getCell(value).value = 'empat puluh';
  const extra = sheet.addRow([]);
  extra.getCell(col.get('ID indikator')!).value = a!.indicatorId;
  extra.getCell(col.get('Tahun')!).value = year;
  extra.getCell(col.get('Bulan')!).value = 13;
  extra.getCell(value).value = 10;
  await upload(page, panel, 'realisasi.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));

  const problems = panel.getByTestId('import-problem');
  const problemAt = (row: number) => panel.locator(`[data-testid="import-problem"][data-row="${row}"]`);
  await expect(panel.getByTestId('import-problems')).toContainText('tidak diimpor: 4 masalah');
  await expect(problems).toHaveCount(4);
  await expect(problemAt(rowOf(b!.indicatorId))).toContainText('bukan angka (empat puluh)');
  await expect(problemAt(extra.number)).toContainText('di luar rentang yang diizinkan (13)');
  // Both values far short of target (the new one, and the draft of 1 the file submits) need the
  // written analysis the first file does not give.
  await expect(problemAt(rowOf(a!.indicatorId))).toContainText('capaian di bawah target');
  await expect(problemAt(rowOf(noted!.indicatorId))).toContainText('capaian di bawah target');
  await expect(panel.getByRole('button', { name: /^Terapkan/ })).toHaveCount(0);
  for (const task of [a!, b!])
    expect((await indicatorMonth(api.baseURL, task.indicatorId)).version).toBeNull();

  // Corrected: the bad value fixed, the extra row removed, and the analysis each value short of its
  // target needs written into the sheet's analysis columns.
  sheet.getRow(rowOf(b!.indicatorId)).getCell(value).value = '40,25';
  sheet.spliceRows(extra.number, 1);
  for (const task of [a!, b!, noted!]) {
    const row = sheet.getRow(rowOf(task.indicatorId));
    row.getCell(col.get('Faktor penghambat')!).value = ANALYSIS.obstacles;
    row.getCell(col.get('Rencana tindak lanjut')!).value = ANALYSIS.followUpPlan;
    row.getCell(col.get('Target waktu tindak lanjut')!).value = ANALYSIS.followUpDue;
  }
  await upload(page, panel, 'realisasi-perbaikan.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
  // Two new values, and the draft with the formula-like note, which the file submits as it is.
  await expect(panel.getByTestId('import-ready')).toContainText('3 baris siap diimpor');
  await panel.getByRole('button', { name: 'Terapkan 3 baris' }).click();
  await expect(panel.getByTestId('import-applied')).toContainText(
    '3 baris dari realisasi-perbaikan.xlsx tersimpan',
  );

  expect(await indicatorMonth(api.baseURL, a!.indicatorId)).toMatchObject({
    realisation: aValue,
    status: 'SUBMITTED',
  });
  expect(await indicatorMonth(api.baseURL, b!.indicatorId)).toMatchObject({
    realisation: 40.25,
    status: 'SUBMITTED',
  });
  // The inbox shows them submitted without a reload.
  await expect(
    page.locator(`[data-testid="entry-task"][data-indicator-id="${a!.indicatorId}"]`),
  ).toHaveAttribute('data-status', 'SUBMITTED');
});
