// Bringing a new kabupaten in from its own workbooks, as a province's administrator does it in the
// browser: the kabupaten from the province's Organisasi sheet, then its organisation, officials
// plans and budget from the example workbooks (each checked first, then applied); a plan with a
// bad cell comes back with that cell marked. Afterwards a wall device of the kabupaten ranks its OPDs.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { currentPeriod, gql, login } from '../support/graphql';
import { logIn } from '../support/logIn';

const examples = resolve(import.meta.dirname, '../../examples/onboarding');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbookOf(build: (sheet: ExcelJS.Worksheet) => void, sheetName: string, from?: Buffer) {
  const book = new ExcelJS.Workbook();
  if (from) await book.xlsx.load(from as unknown as ArrayBuffer);
  build(book.getWorksheet(sheetName) ?? book.addWorksheet(sheetName));
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Column numbers of a data sheet by header. */
function columnsOf(sheet: ExcelJS.Worksheet): Map<string, number> {
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => columns.set(String(cell.value), col));
  return columns;
}

async function choose(page: Page, label: string, option: RegExp): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  // The options arrive with the page's first query.
  let wanted: string | undefined;
  await expect
    .poll(
      async () => (wanted = (await select.locator('option').allTextContents()).find((t) => option.test(t))),
      { timeout: 30_000 },
    )
    .toBeTruthy();
  await select.selectOption({ label: wanted! });
}

/** Uploads a workbook for its dry run and returns the counts line. */
async function check(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel(/^Pilih berkas/).setInputFiles({ name, mimeType: XLSX, buffer });
  await expect(page.getByText('Memeriksa berkas…')).toHaveCount(0, { timeout: 60_000 });
  return page.getByTestId('onboarding-counts');
}

async function checkAndApply(page: Page, template: RegExp, name: string, buffer: Buffer, created: number) {
  await choose(page, 'Templat', template);
  const counts = await check(page, name, buffer);
  await expect(counts).toContainText(`${created} baru`);
  await expect(counts).toContainText('0 ditolak');
  await page.getByTestId('onboarding-apply').click();
  await expect(counts).toContainText(`${name} tersimpan: ${created} baru`, { timeout: 90_000 });
}

test('a province administrator brings a new kabupaten in from its workbooks and its wall ranks its OPDs', async ({
  page,
  api,
}) => {
  test.setTimeout(300_000);
  const { year } = currentPeriod();
  await logIn(page, 'superadmin');
  await page.goto('/admin/onboarding');
  // The demo holds the province alone, so the page works on it without asking which.
  await expect(page.getByLabel('Pemda', { exact: true })).toHaveCount(0);

  // The kabupaten itself, from a row of the province's Organisasi sheet.
  const region = await workbookOf((sheet) => {
    sheet.addRow(['Kode unit', 'Kode induk', 'Nama unit', 'Nama singkat', 'Jenis', 'Jabatan kepala']);
    sheet.addRow([
      'TAMBORA',
      null,
      'Pemerintah Kabupaten Tambora Raya',
      'Kab. Tambora Raya',
      'Kabupaten',
      null,
    ]);
  }, 'Organisasi');
  await checkAndApply(page, /^Organisasi/, 'kabupaten.xlsx', region, 1);

  await page.reload();
  await choose(page, 'Pemda', /Tambora Raya/);
  await checkAndApply(
    page,
    /^Organisasi/,
    'organisasi.xlsx',
    await readFile(`${examples}/organisasi.xlsx`),
    96,
  );
  await checkAndApply(page, /^Pegawai/, 'pegawai.xlsx', await readFile(`${examples}/pegawai.xlsx`), 320);

  // The plans, brought into this year's scorecards.
  const plans = await workbookOf(
    (sheet) => {
      const column = columnsOf(sheet).get('Tahun')!;
      sheet.eachRow((row, n) => {
        if (n > 1) row.getCell(column).value = String(year);
      });
    },
    'Rencana',
    await readFile(`${examples}/rencana.xlsx`),
  );
  // One bad target first: refused, nothing written, and the copy marks that cell.
  const broken = await workbookOf(
    (sheet) => {
      sheet.getRow(5).getCell(columnsOf(sheet).get(`Target tahun ke-${year - 2024}`)!).value = 'naik';
    },
    'Rencana',
    plans,
  );
  await choose(page, 'Templat', /^Rencana/);
  const counts = await check(page, 'rencana-salah.xlsx', broken);
  await expect(counts).toContainText('1 ditolak');
  await expect(page.getByTestId('onboarding-apply')).toHaveCount(0);
  const refused = page.locator('[data-testid="onboarding-row"][data-outcome="REFUSED"]');
  await expect(refused).toHaveCount(1);
  await expect(refused).toContainText(`Target tahun ke-${year - 2024}: bukan angka`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('onboarding-marked').click(),
  ]);
  const marked = new ExcelJS.Workbook();
  await marked.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  const sheet = marked.getWorksheet('Rencana')!;
  const cell = sheet.getRow(5).getCell(columnsOf(sheet).get(`Target tahun ke-${year - 2024}`)!);
  expect(JSON.stringify(cell.note)).toContain('notNumber');

  await checkAndApply(page, /^Rencana/, 'rencana.xlsx', plans, 166);

  // The budget of the same year, its programs linked to the indicators just made.
  const budget = await workbookOf(
    (sheet) => {
      const columns = columnsOf(sheet);
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        row.getCell(columns.get('Tahun')!).value = String(year);
        const revised = row.getCell(columns.get('Tanggal perubahan')!);
        if (revised.value) revised.value = String(revised.value).replace(/^\d{4}/, String(year));
      });
    },
    'Anggaran',
    await readFile(`${examples}/anggaran.xlsx`),
  );
  await checkAndApply(page, /^Anggaran/, 'anggaran.xlsx', budget, 176);

  // A wall device of the kabupaten: its ranking lists the sixteen OPDs just imported.
  const token = await login(api.baseURL, 'superadmin');
  const { tenants } = await gql<{ tenants: { id: string; code: string }[] }>(
    api.baseURL,
    '{ tenants { id code } }',
    {},
    token,
  );
  const tambora = tenants.find((t) => t.code === 'TAMBORA')!;
  const { createWallDevice } = await gql<{ createWallDevice: { token: string } }>(
    api.baseURL,
    'mutation($input: CreateWallDeviceInput!) { createWallDevice(input: $input) { token } }',
    { input: { scopeId: tambora.id, name: 'Ruang Bupati Tambora Raya' } },
    token,
  );
  await page.goto(`/wall?device=${createWallDevice.token}&panels=ranking`);
  const rows = page.getByTestId('wall-ranking-row');
  await expect(rows).toHaveCount(16);
  for (const name of ['Dinkes', 'Bappeda', 'Inspektorat'])
    await expect(rows.filter({ hasText: name })).toHaveCount(1);
});
