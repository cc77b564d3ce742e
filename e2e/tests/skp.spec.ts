// SKP on a phone: the head of Dinas Kesehatan opens a division head's SKP, rates them (hasil
// kerja, the seven BerAKHLAK behaviours, overall behaviour), and the official's page shows the
// predikat of the matrix; the unit's SKP export downloads with the official's NIP and predikat.
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
