// Province → OPD → bidang → seksi → official → indicator, one click per level, each page showing
// exactly the figures the API returns for that node; an earlier month, once picked, stays picked
// down the drill-down.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { logIn } from '../support/logIn';
import { currentPeriod, gql, login } from '../support/graphql';

/** The node's stored score as the API gives it to the same user. */
async function apiScore(
  baseURL: string,
  token: string,
  nodeId: string,
  { year, month } = currentPeriod(),
): Promise<number | null> {
  const { node } = await gql<{ node: { score: { value: number | null } } }>(
    baseURL,
    `query($id: ID!, $y: Int!, $m: Int!) { node(id: $id) {
      ... on Tenant { score(year: $y, month: $m) { value } }
      ... on OrgUnit { score(year: $y, month: $m) { value } }
      ... on Official { score(year: $y, month: $m) { value } } } }`,
    { id: nodeId, y: year, m: month },
    token,
  );
  return node.score.value;
}

async function expectHeaderScore(page: Page, expected: number | null) {
  const nko = page.getByTestId('dashboard-nko');
  if (expected === null) {
    await expect(nko).toHaveAttribute('data-value', '');
    return;
  }
  // Polled: right after a click the previous page's figure may still be on screen.
  await expect.poll(async () => Number(await nko.getAttribute('data-value'))).toBeCloseTo(expected, 6);
}

/** The Sekda at the province dashboard, with an API token of their own. */
async function sekdaAtProvince(page: Page, baseURL: string): Promise<{ token: string; province: string }> {
  const token = await login(baseURL, 'sekda');
  await logIn(page, 'sekda');
  await expect(page).toHaveURL(/\/dashboard$/);
  const { tenants } = await gql<{ tenants: { id: string }[] }>(baseURL, '{ tenants { id } }', {}, token);
  return { token, province: tenants[0]!.id };
}

test('a leader drills from the province to an indicator and sees the API figures at every level', async ({
  page,
  api,
}) => {
  const { token, province } = await sekdaAtProvince(page, api.baseURL);
  await expectHeaderScore(page, await apiScore(api.baseURL, token, province));

  // Province → OPD → bidang → seksi: each a click on a row of the children's ranking.
  let depth = await page.getByTestId('breadcrumb-item').count();
  for (const level of ['OPD', 'bidang', 'seksi']) {
    const row =
      level === 'OPD'
        ? page.getByTestId('child-row').filter({ hasText: 'Dinas Kesehatan' }).first()
        : page.getByTestId('child-row').first();
    const nodeId = (await row.getAttribute('data-node-id'))!;
    const listed = await row.getAttribute('data-score');
    await row.getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`/dashboard/${encodeURIComponent(nodeId)}$`));
    const expected = await apiScore(api.baseURL, token, nodeId);
    await expectHeaderScore(page, expected);
    // The parent's ranking listed the same score the child's page shows.
    if (expected !== null) expect(Number(listed)).toBeCloseTo(expected, 6);
    await expect(page.getByTestId('breadcrumb-item')).toHaveCount(depth + 1);
    depth += 1;
  }

  // Seksi → official.
  const official = page.getByTestId('official-row').first();
  const officialId = (await official.getAttribute('data-official-id'))!;
  await official.getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/official/${encodeURIComponent(officialId)}$`));
  await expect(page.getByTestId('official-page')).toBeVisible();

  // Official → indicator: its months as the API reports them.
  const indicatorRow = page.getByTestId('indicator-row').first();
  const indicatorId = (await indicatorRow.getAttribute('data-indicator-id'))!;
  await indicatorRow.getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/indicator/${encodeURIComponent(indicatorId)}$`));
  const { year } = currentPeriod();
  const { node } = await gql<{
    node: { name: string; months: { month: number; target: number | null; realisation: number | null }[] };
  }>(
    api.baseURL,
    `query($id: ID!, $y: Int!) { node(id: $id) { ... on Indicator { name months(year: $y) { month target realisation } } } }`,
    { id: indicatorId, y: year },
    token,
  );
  await expect(page.getByRole('heading', { level: 1 })).toContainText(node.name);
  const rows = page.getByTestId('indicator-month-row');
  await expect(rows).toHaveCount(node.months.length);
  for (const month of node.months) {
    const row = page.locator(`[data-testid="indicator-month-row"][data-month="${month.month}"]`);
    const target = await row.getAttribute('data-target');
    const value = await row.getAttribute('data-value');
    expect(target === '' || target === null ? null : Number(target)).toBe(month.target);
    expect(value === '' || value === null ? null : Number(value)).toBe(month.realisation);
  }
  await expect(page.getByTestId('indicator-explanation').first()).not.toBeEmpty();
  await expect(page.getByTestId('breadcrumb-item')).not.toHaveCount(0);
});

test('a leader picks an earlier month: the figures are that month’s, and drilling down keeps it', async ({
  page,
  api,
}) => {
  const { token, province } = await sekdaAtProvince(page, api.baseURL);
  const now = currentPeriod();
  const earlier =
    now.month > 2 ? { year: now.year, month: now.month - 2 } : { year: now.year - 1, month: now.month + 10 };
  const param = `periode=${earlier.year}-${String(earlier.month).padStart(2, '0')}`;
  const then = await apiScore(api.baseURL, token, province, earlier);
  // Year to date moves month by month in the demo data, so the page cannot pass by showing today's.
  expect(then).not.toBeNull();
  expect(then).not.toBeCloseTo((await apiScore(api.baseURL, token, province))!, 6);

  const picker = page.getByTestId('dashboard-period');
  await picker.getByLabel('Tahun').selectOption(String(earlier.year));
  await picker.getByLabel('Bulan').selectOption(String(earlier.month));
  await expect(page).toHaveURL(new RegExp(`/dashboard\\?${param}$`));
  await expectHeaderScore(page, then);
  // Months after the current one are not offered.
  await expect(picker.getByLabel('Bulan').locator('option')).toHaveCount(
    earlier.year === now.year ? now.month : 12,
  );

  // Province → Dinas Kesehatan: the OPD's figure of the same earlier month.
  const row = page.getByTestId('child-row').filter({ hasText: 'Dinas Kesehatan' }).first();
  const opd = (await row.getAttribute('data-node-id'))!;
  await row.getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/${encodeURIComponent(opd)}\\?${param}$`));
  await expectHeaderScore(page, await apiScore(api.baseURL, token, opd, earlier));
  await expect(page.getByTestId('dashboard-period').getByLabel('Bulan')).toHaveValue(String(earlier.month));
});
