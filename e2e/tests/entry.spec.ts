// Monthly reporting as operators and unit heads do it: a value entered on a phone with a photo as
// evidence, verified at a desk and seen on the wall; bad input refused next to its field with
// nothing written; two people editing one value; and a save that the network loses, kept and
// applied exactly once.
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from '@playwright/test';
import { ANALYSIS, fillAnalysis, redValueFor } from '../support/analysis';
import { seriousViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { indicatorMonth, login, openDikesTask } from '../support/graphql';
import { logIn } from '../support/logIn';
import { PHOTO } from '../support/photo';
import { dikesOnScoreboard, dikesRow, openWall } from '../support/wallPage';

/** Typed the Indonesian way: comma decimals. */
const typed = (value: number) => String(value).replace('.', ',');

async function operatorPage(browser: Browser, viewport = { width: 390, height: 844 }): Promise<Page> {
  const context = await browser.newContext({ viewport, hasTouch: true, isMobile: viewport.width < 500 });
  const page = await context.newPage();
  await logIn(page, 'operator-kesehatan');
  await expect(page).toHaveURL(/\/entry$/);
  return page;
}

async function openTask(page: Page, indicatorId: string): Promise<Locator> {
  const card = page.locator(`[data-testid="entry-task"][data-indicator-id="${indicatorId}"]`);
  await card.locator('h3 button').click();
  await expect(card.getByTestId('entry-form')).toBeVisible();
  return card;
}

test('an operator on a phone submits a value, the head verifies it at a desk, and the wall follows', async ({
  browser,
  api,
}) => {
  const wall = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await openWall(wall, api.wallToken, 'ranking');
  const row = await dikesRow(wall, api.baseURL);
  const before = (await row.getAttribute('data-score')) ?? '';
  const task = await openDikesTask(api.baseURL, await login(api.baseURL, 'operator-kesehatan'));

  const phone = await operatorPage(browser);
  const card = await openTask(phone, task.indicatorId);
  await card.getByLabel(/^Realisasi \(/).fill(typed(redValueFor(task)));
  // Far short of target is red: it goes up only with its written analysis, which the form asks for.
  await card.getByRole('button', { name: 'Simpan dan ajukan' }).click();
  await expect(card.getByTestId('entry-error-analysis')).toContainText('Capaian ini di bawah target');
  await expect(card).not.toHaveAttribute('data-status', 'SUBMITTED');
  await fillAnalysis(card);
  // Saved first, then a photo from the phone goes up as evidence of the value.
  await card.getByRole('button', { name: 'Simpan draf' }).click();
  await expect(card).toHaveAttribute('data-status', 'DRAFT');
  await card.getByLabel('Unggah foto atau PDF').setInputFiles(PHOTO);
  await expect(card.getByTestId('entry-evidence-files')).toContainText(PHOTO.name);
  await card.getByRole('button', { name: 'Simpan dan ajukan' }).click();
  await expect(card.getByTestId('entry-save-status')).toHaveAttribute('data-state', 'submitted');
  await expect(card).toHaveAttribute('data-status', 'SUBMITTED');
  // Nothing sticks out sideways on a 390 px phone.
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await phone.screenshot({ path: resolve(import.meta.dirname, '../artifacts/entry-phone-390x844.png') });

  const desk = await (await browser.newContext()).newPage();
  await logIn(desk, 'kadis-kesehatan');
  await desk.getByRole('link', { name: 'Verifikasi' }).click();
  const item = desk.locator(
    `[data-testid="verify-item"][data-indicator-id="${task.indicatorId}"][data-month="${task.month}"]`,
  );
  // The head weighs the analysis and the photo beside the value.
  await expect(item.getByTestId('verify-analysis')).toContainText(ANALYSIS.followUpPlan);
  await expect(item.getByTestId('verify-evidence-files')).toContainText(PHOTO.name);
  await item.getByTestId('verify-approve').click();

  // Pushed to the open wall (its delivery time is benchmarked by `pnpm bench`, not asserted here).
  await expect(row).not.toHaveAttribute('data-score', before);
  const expected = await dikesOnScoreboard(api.baseURL);
  expect(Number(await row.getAttribute('data-score'))).toBeCloseTo(expected.score!, 6);
  expect((await indicatorMonth(api.baseURL, task.indicatorId)).status).toBe('VERIFIED');
});

test('bad input is refused next to its field in Bahasa Indonesia, and nothing is written', async ({
  browser,
  api,
}) => {
  const task = await openDikesTask(api.baseURL, await login(api.baseURL, 'operator-kesehatan'), {
    opdOwned: false,
  });
  const page = await operatorPage(browser);
  const card = await openTask(page, task.indicatorId);
  const value = card.getByLabel(/^Realisasi \(/);
  const save = card.getByRole('button', { name: 'Simpan draf' });

  const cases: [input: string, message: string][] = [
    ['', 'Realisasi wajib diisi.'],
    ['delapan koma lima', 'Realisasi harus berupa angka, misalnya 87,5.'],
    ['1,2,3', 'Realisasi harus berupa angka, misalnya 87,5.'],
    ['2000000000000', 'Realisasi di luar batas yang wajar (paling besar 1 triliun).'],
  ];
  for (const [input, message] of cases) {
    await value.fill(input);
    await save.click();
    await expect(card.getByTestId('entry-error-value')).toHaveText(message);
    await expect(value).toHaveAttribute('aria-invalid', 'true');
  }

  await value.fill('12,5');
  await card.getByLabel('Catatan (opsional)').fill('x'.repeat(2001));
  await card.getByRole('button', { name: 'Tambah bukti dukung' }).click();
  await card.getByLabel('Tautan dokumen 1').fill('javascript:alert(1)');
  await save.click();
  await expect(card.getByTestId('entry-error-note')).toHaveText('Catatan paling banyak 2000 karakter.');
  await expect(card.getByTestId('entry-error-evidence.0.url')).toHaveText(
    'Tautan harus alamat web yang diawali http:// atau https://.',
  );
  await expect(card.getByTestId('entry-error-evidence.0.title')).toHaveText('Judul dokumen wajib diisi.');

  await card.getByText('Laporkan kendala').click();
  await card.getByRole('button', { name: 'Kirim kendala' }).click();
  await expect(card.getByTestId('issue-error-title')).toHaveText('Judul kendala wajib diisi.');
  await expect(card.getByTestId('issue-error-description')).toHaveText('Uraian kendala wajib diisi.');

  const budget = page.getByTestId('budget-task').first();
  await budget.locator('h3 button').click();
  const spend = budget.getByLabel('Realisasi keuangan bulan ini (Rp)');
  const reportedBefore = await budget.locator('h3').textContent();
  await spend.fill('1.500.000,50');
  await budget.getByLabel('Progres fisik kumulatif (%)').fill('120');
  await budget.getByRole('button', { name: 'Simpan realisasi' }).click();
  await expect(budget.getByTestId('budget-error-realisedSpend')).toHaveText(
    'Realisasi keuangan harus rupiah utuh tanpa sen, tidak negatif, misalnya 1.250.000.',
  );
  await expect(budget.getByTestId('budget-error-realisedPhysical')).toHaveText(
    'Progres fisik harus antara 0 dan 100 persen.',
  );

  // Nothing reached the API: no value, no change on this device waiting to be sent.
  expect(await indicatorMonth(api.baseURL, task.indicatorId)).toMatchObject({
    realisation: null,
    version: null,
    revisions: [],
  });
  await expect(page.getByTestId('entry-outbox')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('budget-task').first().locator('h3')).toHaveText(reportedBefore ?? '');
});

test('two people edit the same value: the second sees both and chooses, and no value is lost', async ({
  browser,
  api,
}) => {
  const task = await openDikesTask(api.baseURL, await login(api.baseURL, 'operator-kesehatan'), {
    opdOwned: false,
  });
  const first = await openTask(await operatorPage(browser, { width: 1280, height: 900 }), task.indicatorId);
  const second = await openTask(await operatorPage(browser), task.indicatorId);

  await first.getByLabel(/^Realisasi \(/).fill('10');
  await first.getByRole('button', { name: 'Simpan draf' }).click();
  await expect(first.getByTestId('entry-save-status')).toHaveAttribute('data-state', 'saved');

  await second.getByLabel(/^Realisasi \(/).fill('20,5');
  await second.getByRole('button', { name: 'Simpan draf' }).click();
  const conflict = second.getByTestId('entry-conflict');
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId('entry-conflict-mine')).toContainText('20,50');
  await expect(conflict.getByTestId('entry-conflict-theirs')).toContainText('10,00');
  await expect(conflict.getByTestId('entry-conflict-theirs')).toContainText('Draf');
  expect(await indicatorMonth(api.baseURL, task.indicatorId)).toMatchObject({ realisation: 10, version: 1 });

  await conflict.getByRole('button', { name: 'Pakai nilai saya' }).click();
  await expect(second.getByTestId('entry-save-status')).toHaveAttribute('data-state', 'saved');
  await expect(conflict).toHaveCount(0);
  const stored = await indicatorMonth(api.baseURL, task.indicatorId);
  expect(stored).toMatchObject({ realisation: 20.5, version: 2 });
  // The first value stays in the history.
  expect(stored.revisions.map((r) => [r.version, r.value, r.previousValue])).toEqual(
    expect.arrayContaining([
      [1, 10, null],
      [2, 20.5, 10],
    ]),
  );
});

test('a save the network loses is kept, retried when the connection returns, and applied once', async ({
  browser,
  api,
}) => {
  const task = await openDikesTask(api.baseURL, await login(api.baseURL, 'operator-kesehatan'), {
    opdOwned: false,
  });
  const page = await operatorPage(browser);
  const card = await openTask(page, task.indicatorId);

  // The first save reaches the API, but its answer is lost on the way back.
  let lostAnswers = 0;
  await page.route('**/graphql', async (route) => {
    if (lostAnswers === 0 && route.request().postData()?.includes('SaveMeasurement')) {
      lostAnswers += 1;
      await route.fetch();
      await route.abort('internetdisconnected');
      return;
    }
    await route.continue();
  });
  await card.getByLabel(/^Realisasi \(/).fill('33,3');
  await fillAnalysis(card);
  await card.getByRole('button', { name: 'Simpan dan ajukan' }).click();
  const status = card.getByTestId('entry-save-status');
  await expect(status).toHaveAttribute('data-state', 'waiting');
  await expect(page.getByTestId('entry-outbox')).toContainText('1 perubahan belum terkirim');
  expect(lostAnswers).toBe(1);

  // Still offline: sending now fails again and the save stays on the device.
  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'Kirim sekarang' }).click();
  await expect(status).toContainText(/gagal ([2-9]|\d{2,}) kali/);

  await page.context().setOffline(false);
  await expect(status).toHaveAttribute('data-state', 'submitted', { timeout: 15_000 });
  await expect(page.getByTestId('entry-outbox')).toHaveCount(0);
  const stored = await indicatorMonth(api.baseURL, task.indicatorId);
  expect(stored).toMatchObject({ realisation: 33.3, status: 'SUBMITTED', version: 2 });
  expect(stored.revisions.map((r) => r.version).sort()).toEqual([1, 2]);
});

test('the entry and verification pages have no serious or critical axe violations', async ({
  browser,
  api,
}) => {
  const task = await openDikesTask(api.baseURL, await login(api.baseURL, 'operator-kesehatan'), {
    opdOwned: false,
  });
  const page = await operatorPage(browser);
  const card = await openTask(page, task.indicatorId);
  await card.getByRole('button', { name: 'Tambah bukti dukung' }).click();
  await card.getByRole('button', { name: 'Simpan draf' }).click();
  await expect(card.getByTestId('entry-error-value')).toBeVisible();
  expect(await seriousViolations(page), 'entry').toEqual([]);
});

test('a problem reported from the inbox is followed up on the indicator page', async ({ browser, api }) => {
  const task = await openDikesTask(api.baseURL, await login(api.baseURL, 'operator-kesehatan'), {
    opdOwned: false,
  });
  const phone = await operatorPage(browser);
  const card = await openTask(phone, task.indicatorId);
  const title = `Data puskesmas terlambat ${Date.now()}`;
  await card.getByText('Laporkan kendala').click();
  await card.getByLabel('Judul kendala').fill(title);
  await card.getByLabel('Uraian kendala').fill('Tiga puskesmas belum mengirim laporan bulanan.');
  await card.getByRole('button', { name: 'Kirim kendala' }).click();
  await expect(card.getByTestId('issue-saved')).toBeVisible();

  const desk = await (await browser.newContext()).newPage();
  await logIn(desk, 'kadis-kesehatan');
  await desk.goto(`/indicator/${encodeURIComponent(task.indicatorId)}`);
  const issue = desk.getByTestId('issue-row').filter({ hasText: title });
  await issue.getByRole('button', { name: /^Tindak lanjut/ }).click();
  const followUps = issue.getByTestId('follow-ups');
  await expect(followUps).toContainText('Belum ada tindak lanjut.');
  await followUps.getByRole('button', { name: 'Catat tindak lanjut' }).click();
  await expect(followUps.getByTestId('follow-up-error-description')).toHaveText(
    'Uraian tindak lanjut wajib diisi.',
  );
  await followUps.getByLabel('Tindak lanjut yang dilakukan').fill('Surat teguran dikirim ke tiga puskesmas.');
  await followUps.getByRole('button', { name: 'Catat tindak lanjut' }).click();
  await expect(followUps.getByTestId('follow-up')).toHaveCount(1);
  await expect(followUps.getByTestId('follow-up')).toContainText('Surat teguran dikirim ke tiga puskesmas.');
  await expect(issue).toContainText('Dalam proses');
});
