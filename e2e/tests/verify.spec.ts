// The head of Dinas Kesehatan works through the verification queue: a rejection needs a reason
// (checked next to the field), a rejected value leaves the queue, two values are verified at once;
// the API confirms every outcome. The page has no serious accessibility problems on a phone.
import type { Page } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { currentPeriod, gql, login } from '../support/graphql';
import { logIn } from '../support/logIn';

interface Task {
  indicatorId: string;
  code: string;
  month: number;
  target: number | null;
  low: number | null;
  high: number | null;
  owner: { kind?: string };
  measurement: { id: string; version: number; status: string; rejectionReason: string | null } | null;
}

/** A value the operator submitted in this test. */
interface Submitted {
  indicatorId: string;
  code: string;
  month: number;
  value: number;
}

const MY_TASKS = `query($y: Int!, $m: Int!) { myTasks(year: $y, month: $m) { indicators {
  indicatorId code month target low high owner { ... on OrgUnit { kind } }
  measurement { id version status rejectionReason } } } }`;

async function currentTasks(baseURL: string, token: string): Promise<Task[]> {
  const { year, month } = currentPeriod();
  const { myTasks } = await gql<{ myTasks: { indicators: Task[] } }>(
    baseURL,
    MY_TASKS,
    { y: year, m: month },
    token,
  );
  return myTasks.indicators.filter((t) => t.month === month);
}

/**
 * The operator saves and submits a value for `count` of their current-month indicators that have
 * none yet; the first also gets a note and an evidence link.
 */
async function submitNewValues(baseURL: string, count: number): Promise<Submitted[]> {
  const { year, month } = currentPeriod();
  const operator = await login(baseURL, 'operator-kesehatan');
  const open = (await currentTasks(baseURL, operator)).filter((t) => !t.measurement);
  // Bidang and seksi indicators first: the wall tests need the OPD's own free indicators.
  open.sort((a, b) => Number(a.owner.kind === 'OPD') - Number(b.owner.kind === 'OPD'));
  if (open.length < count) throw new Error(`only ${open.length} open Dinas Kesehatan indicators this month`);
  const submitted: Submitted[] = [];
  for (const [index, task] of open.slice(0, count).entries()) {
    const value = task.target ?? (task.low !== null && task.high !== null ? (task.low + task.high) / 2 : 1);
    const saved = await gql<{ saveMeasurement: { measurement: { id: string; version: number } } }>(
      baseURL,
      `mutation($input: SaveMeasurementInput!) { saveMeasurement(input: $input) { measurement { id version } } }`,
      {
        input: {
          indicatorId: task.indicatorId,
          year,
          month,
          value,
          ...(index === 0
            ? {
                note: 'Rekap dari laporan puskesmas.',
                evidence: [{ url: 'https://example.org/laporan-dikes.pdf', title: 'Laporan bulanan' }],
              }
            : {}),
        },
      },
      operator,
    );
    expect(saved.saveMeasurement.measurement.version).toBe(1);
    await gql(
      baseURL,
      `mutation($input: MeasurementStepInput!) { submitMeasurement(input: $input) { seq } }`,
      { input: { measurementId: saved.saveMeasurement.measurement.id, expectedVersion: 1 } },
      operator,
    );
    submitted.push({ indicatorId: task.indicatorId, code: task.code, month, value });
  }
  return submitted;
}

/** The measurement of one submitted value as the operator's task list reports it. */
async function measurementOf(baseURL: string, token: string, value: Submitted) {
  const task = (await currentTasks(baseURL, token)).find((t) => t.indicatorId === value.indicatorId);
  return task?.measurement ?? null;
}

function itemOf(page: Page, value: Submitted) {
  return page.locator(
    `[data-testid="verify-item"][data-indicator-id="${value.indicatorId}"][data-month="${value.month}"]`,
  );
}

test('a head of unit rejects a value with a reason and verifies two at once', async ({ page, api }) => {
  const submitted = await submitNewValues(api.baseURL, 3);
  const [rejected, ...verified] = submitted as [Submitted, Submitted, Submitted];
  const operator = await login(api.baseURL, 'operator-kesehatan');

  await logIn(page, 'kadis-kesehatan');
  await page.goto('/verify');
  await expect(page.getByRole('heading', { level: 1, name: 'Verifikasi realisasi' })).toBeVisible();
  for (const value of submitted) await expect(itemOf(page, value)).toBeVisible();

  // The card shows the value in id-ID numbers, the month in Indonesian and the time in WITA.
  const { year, month } = currentPeriod();
  const card = itemOf(page, rejected);
  const number = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const monthName = new Intl.DateTimeFormat('id-ID', { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 15)),
  );
  await expect(card.getByTestId('verify-value')).toContainText(number.format(rejected.value));
  await expect(card).toContainText(`${monthName} ${year}`);
  await expect(card.getByTestId('verify-submitted')).toContainText('WITA');
  await expect(card.getByTestId('verify-note')).toHaveText('Rekap dari laporan puskesmas.');
  const evidence = card.getByRole('link', { name: /Laporan bulanan/ });
  await expect(evidence).toHaveAttribute('href', 'https://example.org/laporan-dikes.pdf');
  await expect(evidence).toHaveAttribute('target', '_blank');
  await expect(evidence).toHaveAttribute('rel', 'noopener noreferrer');

  // (a) A rejection without a reason is refused next to the field; nothing is sent.
  await card.getByRole('button', { name: /^Tolak/ }).click();
  const reason = card.getByLabel('Alasan penolakan');
  await expect(reason).toBeFocused();
  await reason.fill('   ');
  await card.getByRole('button', { name: 'Kirim penolakan' }).click();
  const reasonError = card.getByTestId('verify-error-reason');
  await expect(reasonError).toHaveText('Alasan penolakan wajib diisi.');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  const errorId = await reasonError.getAttribute('id');
  expect((await reason.getAttribute('aria-describedby'))?.split(' ')).toContain(errorId);
  await expect(card).toBeVisible();
  expect((await measurementOf(api.baseURL, operator, rejected))?.status).toBe('SUBMITTED');

  // (b) With a reason the value goes back to the operator and leaves the queue.
  await reason.fill('Bukti dukung belum lengkap.');
  await card.getByRole('button', { name: 'Kirim penolakan' }).click();
  await expect(page.getByTestId('verify-done')).toContainText(rejected.code);
  await expect(card).toHaveCount(0);
  await expect
    .poll(async () => {
      const m = await measurementOf(api.baseURL, operator, rejected);
      return [m?.status, m?.rejectionReason];
    })
    .toEqual(['REJECTED', 'Bukti dukung belum lengkap.']);

  // "Pilih semua" selects every value in the queue, and clears again.
  const selectAll = page.getByRole('checkbox', { name: 'Pilih semua' });
  const total = await page.getByTestId('verify-item').count();
  await selectAll.check();
  await expect(page.getByRole('button', { name: `Verifikasi terpilih (${total})` })).toBeEnabled();
  await selectAll.uncheck();
  await expect(page.getByRole('button', { name: 'Verifikasi terpilih (0)' })).toBeDisabled();

  // (c) The other two are verified together.
  for (const value of verified)
    await itemOf(page, value)
      .getByRole('checkbox', { name: `Pilih ${value.code}`, exact: true })
      .check();
  await page.getByRole('button', { name: 'Verifikasi terpilih (2)' }).click();
  await expect(page.getByTestId('verify-done')).toHaveText('2 nilai terverifikasi.');
  for (const value of verified) await expect(itemOf(page, value)).toHaveCount(0);
  for (const value of verified)
    await expect
      .poll(async () => (await measurementOf(api.baseURL, operator, value))?.status)
      .toBe('VERIFIED');
  expect((await measurementOf(api.baseURL, operator, rejected))?.status).toBe('REJECTED');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the verification page fits the screen and has no serious or critical axe violations', async ({
    page,
  }) => {
    await logIn(page, 'kadis-kesehatan');
    await page.goto('/verify');
    const firstItem = page.getByTestId('verify-item').first();
    await expect(firstItem.or(page.getByTestId('verify-empty'))).toBeVisible();
    await page.waitForLoadState('networkidle');
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow(), 'sideways scroll').toBeLessThanOrEqual(0);
    expect(await seriousViolations(page), 'verify').toEqual([]);

    if (await firstItem.isVisible()) {
      // The reject form in its error state, too.
      await firstItem.getByRole('button', { name: /^Tolak/ }).click();
      await firstItem.getByRole('button', { name: 'Kirim penolakan' }).click();
      await expect(firstItem.getByTestId('verify-error-reason')).toBeVisible();
      expect(await overflow(), 'sideways scroll with the reject form').toBeLessThanOrEqual(0);
      expect(await seriousViolations(page), 'verify reject form').toEqual([]);
    }
  });
});
