// The audit trail as an administrator reads it: a value the Dinas Kesehatan operator entered and
// then changed shows up, filtered to realisations, as two entries with who made them and the
// values before and after (id-ID numbers), and the filters survive a reload; filtered to changes,
// only the second is left. A reversed date
// range is refused next to the field. The page has no serious accessibility problems, on a desk
// or a phone.
import type { Page } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { currentPeriod, gql, login } from '../support/graphql';
import { logIn } from '../support/logIn';

interface Task {
  indicatorId: string;
  month: number;
  owner: { kind?: string };
  measurement: { id: string } | null;
}

interface Revised {
  indicatorId: string;
  measurementId: string;
  createdSeq: string;
  updatedSeq: string;
}

const SAVE = `mutation($input: SaveMeasurementInput!) {
  saveMeasurement(input: $input) { measurement { id version } seq } }`;

/**
 * The operator enters 12.5 for one of their current-month indicators without a value, then
 * changes it to 20 (expected version 1). A bidang or seksi indicator is taken when there is one:
 * the wall tests need the OPD's own open indicators.
 */
async function enterAndRevise(baseURL: string): Promise<Revised> {
  const { year, month } = currentPeriod();
  const operator = await login(baseURL, 'operator-kesehatan');
  const { myTasks } = await gql<{ myTasks: { indicators: Task[] } }>(
    baseURL,
    `query($y: Int!, $m: Int!) { myTasks(year: $y, month: $m) { indicators {
      indicatorId month owner { ... on OrgUnit { kind } } measurement { id } } } }`,
    { y: year, m: month },
    operator,
  );
  const open = myTasks.indicators.filter((t) => t.month === month && !t.measurement);
  open.sort((a, b) => Number(a.owner.kind === 'OPD') - Number(b.owner.kind === 'OPD'));
  const task = open[0];
  if (!task) throw new Error('no open Dinas Kesehatan indicator left this month');

  type Saved = { saveMeasurement: { measurement: { id: string; version: number }; seq: string } };
  const created = await gql<Saved>(
    baseURL,
    SAVE,
    { input: { indicatorId: task.indicatorId, year, month, value: 12.5 } },
    operator,
  );
  expect(created.saveMeasurement.measurement.version).toBe(1);
  const updated = await gql<Saved>(
    baseURL,
    SAVE,
    { input: { indicatorId: task.indicatorId, year, month, value: 20, expectedVersion: 1 } },
    operator,
  );
  expect(updated.saveMeasurement.measurement.version).toBe(2);
  return {
    indicatorId: task.indicatorId,
    measurementId: created.saveMeasurement.measurement.id,
    createdSeq: created.saveMeasurement.seq,
    updatedSeq: updated.saveMeasurement.seq,
  };
}

function rowsOf(page: Page, measurementId: string) {
  return page.locator(`[data-testid="audit-row"][data-entity-id="${measurementId}"]`);
}

test('an administrator filters the audit trail to realisations and reads who changed a value from what to what', async ({
  page,
  api,
}) => {
  const revised = await enterAndRevise(api.baseURL);

  await logIn(page, 'superadmin');
  await page.goto('/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Jejak audit' })).toBeVisible();
  await expect(page.getByTestId('audit-row').first()).toBeVisible();

  await page.getByLabel('Jenis data').selectOption('Measurement');
  await expect(page).toHaveURL(/[?&]type=Measurement(&|$)/);
  await expect(rowsOf(page, revised.measurementId)).toHaveCount(2);
  await expect(page.locator('[data-testid="audit-row"]:not([data-entity-type="Measurement"])')).toHaveCount(
    0,
  );

  // Newest first: the change to 20, then the first entry of 12.5.
  const [updated, created] = [
    rowsOf(page, revised.measurementId).nth(0),
    rowsOf(page, revised.measurementId).nth(1),
  ];
  await expect(updated).toHaveAttribute('data-seq', revised.updatedSeq);
  await expect(updated).toHaveAttribute('data-action', 'UPDATED');
  await expect(updated.getByTestId('audit-what')).toHaveText('Realisasi diubah');
  await expect(updated.getByTestId('audit-actor')).toHaveText('Operator Dinas Kesehatan');
  await expect(updated.getByTestId('audit-time')).toContainText('WITA');
  // Only the value changed (the version counter is not shown): 12,5 → 20 in id-ID numbers.
  await expect(updated.getByTestId('audit-change')).toHaveCount(1);
  await expect(updated.getByTestId('audit-change')).toHaveText('Nilai: 12,5 → 20');

  await expect(created).toHaveAttribute('data-seq', revised.createdSeq);
  await expect(created).toHaveAttribute('data-action', 'CREATED');
  await expect(created.getByTestId('audit-what')).toHaveText('Realisasi diisi');
  await expect(created.getByTestId('audit-actor')).toHaveText('Operator Dinas Kesehatan');
  await expect(created.locator('[data-testid="audit-change"][data-field="value"]')).toHaveText(
    'Nilai: — → 12,5',
  );
  await expect(created.locator('[data-testid="audit-change"][data-field="status"]')).toHaveText(
    'Status: — → Draf',
  );

  // The filter is in the address: a reload (or a shared link) shows the same view.
  await page.reload();
  await expect(page.getByLabel('Jenis data')).toHaveValue('Measurement');
  await expect(rowsOf(page, revised.measurementId)).toHaveCount(2);

  // Narrowed to changes of a value: only the change to 20 is left, and no other action shows.
  await page.getByLabel('Tindakan').selectOption('UPDATED');
  await expect(page).toHaveURL(/[?&]action=UPDATED(&|$)/);
  await expect(rowsOf(page, revised.measurementId)).toHaveCount(1);
  await expect(rowsOf(page, revised.measurementId)).toHaveAttribute('data-seq', revised.updatedSeq);
  await expect(page.locator('[data-testid="audit-row"]:not([data-action="UPDATED"])')).toHaveCount(0);

  expect(await seriousViolations(page), 'audit').toEqual([]);
});

test('a date range that ends before it starts is refused next to the field and nothing is asked', async ({
  page,
}) => {
  await logIn(page, 'superadmin');
  await page.goto('/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Jejak audit' })).toBeVisible();

  await page.getByLabel('Dari tanggal (WITA)').fill('2026-03-10');
  await page.getByLabel('Sampai tanggal (WITA)').fill('2026-03-09');
  const to = page.getByLabel('Sampai tanggal (WITA)');
  const error = page.getByTestId('audit-to-error');
  await expect(error).toHaveText('Tanggal akhir tidak boleh sebelum tanggal awal.');
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  expect((await to.getAttribute('aria-describedby'))?.split(' ')).toContain(await error.getAttribute('id'));
  await expect(page.getByTestId('audit-not-queried')).toBeVisible();
  await expect(page.getByTestId('audit-row')).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]from=2026-03-10&to=2026-03-09/);

  // Corrected, the range is asked for again.
  await to.fill('2026-03-10');
  await expect(error).toHaveCount(0);
  await expect(page.getByTestId('audit-not-queried')).toHaveCount(0);
  await expect(page.getByTestId('audit-count')).toBeVisible();
});

test('a measurement entry links to its indicator page', async ({ page, api }) => {
  const revised = await enterAndRevise(api.baseURL);
  await logIn(page, 'superadmin');
  await page.goto('/audit?type=Measurement');
  const row = rowsOf(page, revised.measurementId).first();
  await row.getByRole('link', { name: 'Buka indikator' }).click();
  await expect(page).toHaveURL(new RegExp(`/indicator/${encodeURIComponent(revised.indicatorId)}$`));
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the audit page shows cards, fits the screen and has no serious or critical axe violations', async ({
    page,
  }) => {
    await logIn(page, 'superadmin');
    await page.goto('/audit?type=Measurement');
    await expect(page.getByTestId('audit-row').first().or(page.getByTestId('audit-empty'))).toBeVisible();
    // Cards, not a table squeezed sideways.
    await expect(page.getByRole('table')).toHaveCount(0);
    await page.waitForLoadState('networkidle');
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow(), 'sideways scroll').toBeLessThanOrEqual(0);
    expect(await seriousViolations(page), 'audit on a phone').toEqual([]);
  });
});
