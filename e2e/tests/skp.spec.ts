// SKP on a phone: the head of Dinas Kesehatan opens a division head's SKP, rates them (hasil
// kerja, the seven BerAKHLAK behaviours, overall behaviour), and the official's page shows the
// predikat of the matrix; the unit's SKP export downloads with the official's NIP and predikat.
// The official opens their own SKP, adds an RHK and records a quarter's realisation with evidence.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { seriousViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { gql, login } from '../support/graphql';
import { logIn } from '../support/logIn';

const ASPECTS = [
  'Berorientasi Pelayanan',
  'Akuntabel',
  'Kompeten',
  'Harmonis',
  'Loyal',
  'Adaptif',
  'Kolaboratif',
];

test.use({ viewport: { width: 390, height: 844 } });

test('a unit head rates a subordinate on a phone; the official page shows the predikat and the export holds it', async ({
  page,
  api,
}) => {
  await logIn(page, 'kadis-kesehatan');
  await page.goto('/skp/penilaian');
  const card = page.getByTestId('skp-appraisee').first();
  await expect(card).toBeVisible();
  const officialId = (await card.getAttribute('data-official-id'))!;
  const name = (await card.getByRole('link').first().textContent())!.trim();

  // The division head has no SKP this year yet: the head opens it.
  await card.getByTestId('skp-create-plan').click();
  await card.getByTestId('skp-rate').click();
  const form = card.getByTestId('skp-rating-form');
  await expect(form.getByRole('heading', { name: new RegExp(`Penilaian ${name}`) })).toBeVisible();

  // Sending with nothing chosen names the missing ratings.
  await form.getByRole('button', { name: 'Simpan penilaian' }).click();
  await expect(form.getByTestId('skp-rating-error-hasilKerja')).toHaveText(
    'Pilih salah satu dari tiga rating.',
  );

  await form.getByLabel('Rating hasil kerja').selectOption({ label: 'Di atas ekspektasi' });
  for (const aspect of ASPECTS) {
    await form.getByLabel(aspect, { exact: true }).selectOption({ label: 'Sesuai ekspektasi' });
  }
  await form.getByLabel('Rating perilaku kerja (keseluruhan)').selectOption({ label: 'Di atas ekspektasi' });
  await form.getByLabel('Umpan balik', { exact: true }).fill('Capaian imunisasi melampaui target.');
  await form.getByRole('button', { name: 'Simpan penilaian' }).click();
  await expect(card.getByTestId('skp-rating-saved')).toHaveText(
    'Penilaian tersimpan. Predikat: Sangat Baik.',
  );
  await expect(card.getByTestId('skp-appraisee-predicate')).toContainText('Sangat Baik');
  // Nothing on the page is wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);

  // The API stored what the matrix says.
  const token = await login(api.baseURL, 'kadis-kesehatan');
  const { node } = await gql<{ node: { nip: string } }>(
    api.baseURL,
    'query($id: ID!) { node(id: $id) { ... on Official { nip } } }',
    { id: officialId },
    token,
  );

  // The official's drill-down page shows the predikat and the link up to the head.
  await card.getByRole('link', { name }).click();
  const section = page.getByTestId('skp-section');
  await expect(section).toBeVisible();
  await expect(section.getByTestId('skp-predicate').filter({ hasText: 'Sangat Baik' })).toHaveCount(1);
  await expect(section.getByTestId('skp-supervisor-link')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The unit's SKP as the e-Kinerja workbook: a sheet per official by NIP, with the predikat.
  await page.goto('/skp');
  // The head's OPD in the predikat table, with the distribution curve as guidance beside it.
  await expect(page.getByTestId('skp-distribution-row')).toHaveCount(1);
  await expect(page.getByTestId('skp-guidance')).not.toBeEmpty();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('skp-export').click()]);
  expect(file.suggestedFilename()).toMatch(/^skp-.*\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await file.path())!)) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(node.nip);
  expect(sheet).toBeDefined();
  const cells: unknown[] = [];
  sheet!.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
  expect(cells).toContain(node.nip);
  expect(cells).toContain('Sangat Baik');
  expect(cells).toContain('Capaian imunisasi melampaui target.');
});

test('an official opens their own SKP on a phone, adds an RHK and records a realisation with evidence', async ({
  page,
}) => {
  await logIn(page, 'kadis-kesehatan');
  await page.getByTestId('nav-own-skp').click();
  const own = page.getByTestId('skp-own-page');
  await own.getByTestId('skp-own-create').click();

  // Sending an empty RHK names what is missing; then the RHK with its indicator is added.
  const rhkForm = own.getByTestId('skp-rhk-form');
  await rhkForm.getByRole('button', { name: 'Simpan RHK' }).click();
  await expect(rhkForm.getByTestId('skp-rhk-error-text')).toHaveText('Wajib diisi.');
  await rhkForm.getByLabel('Rencana hasil kerja').fill('Cakupan imunisasi dasar lengkap meningkat');
  await rhkForm.getByLabel('Indikator 1', { exact: true }).fill('Persentase bayi diimunisasi lengkap');
  await rhkForm.getByLabel('Target indikator 1').fill('95');
  await rhkForm.getByLabel('Satuan indikator 1').fill('%');
  await rhkForm.getByRole('button', { name: 'Simpan RHK' }).click();
  const rhk = own.getByTestId('skp-own-rhk');
  await expect(rhk).toHaveCount(1);
  await expect(rhk).toContainText('Persentase bayi diimunisasi lengkap — target 95 %');

  // The realisation of the first quarter, refused with a link that is not a web address.
  await own.getByTestId('skp-period').selectOption({ label: 'Triwulan I' });
  const realisation = rhk.getByTestId('skp-realisation-form');
  await realisation.getByLabel('Realisasi', { exact: true }).fill('92% bayi diimunisasi lengkap');
  await realisation.getByLabel('Tautan bukti').fill('laporan.pdf');
  await realisation.getByRole('button', { name: 'Simpan realisasi' }).click();
  await expect(realisation.getByTestId('skp-realisation-error-evidenceUrl')).toBeVisible();
  await realisation.getByLabel('Tautan bukti').fill('https://dinkes.example.go.id/laporan-tw1.pdf');
  await realisation.getByRole('button', { name: 'Simpan realisasi' }).click();
  await expect(rhk.getByTestId('skp-realisation-saved')).toHaveText('Realisasi tersimpan.');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);

  // It is stored: after a reload the quarter shows the realisation.
  await page.reload();
  await page.getByTestId('skp-period').selectOption({ label: 'Triwulan I' });
  await expect(page.getByTestId('skp-own-rhk').getByLabel('Realisasi', { exact: true })).toHaveValue(
    '92% bayi diimunisasi lengkap',
  );
});
