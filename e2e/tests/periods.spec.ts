// An administrator locks the current month of the province: a reason is required (said next to
// the field, in Bahasa Indonesia); once locked, an operator's value for that month is refused
// with PERIOD_LOCKED, and once opened again the same value is accepted. The month is always
// opened again at the end, as later tests report values on the same server.
import { seriousViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { currentPeriod, gql, login, openDikesTask } from '../support/graphql';
import { logIn } from '../support/logIn';

const PROVINCE = 'Provinsi Nusa Tenggara Barat';

async function provinceId(baseURL: string, token: string): Promise<string> {
  const { tenants } = await gql<{ tenants: { id: string; name: string }[] }>(
    baseURL,
    '{ tenants { id name } }',
    {},
    token,
  );
  return (tenants.find((x) => x.name === PROVINCE) ?? tenants[0]!).id;
}

async function lockedMonths(
  baseURL: string,
  token: string,
  tenantId: string,
  year: number,
): Promise<number[]> {
  const { periodLocks } = await gql<{ periodLocks: { month: number }[] }>(
    baseURL,
    'query($t: ID!, $y: Int!) { periodLocks(tenantId: $t, year: $y) { month } }',
    { t: tenantId, y: year },
    token,
  );
  return periodLocks.map((l) => l.month);
}

test('a locked month refuses an operator’s value until an administrator opens it again', async ({
  page,
  api,
}) => {
  const { year, month } = currentPeriod();
  const admin = await login(api.baseURL, 'superadmin');
  const operator = await login(api.baseURL, 'operator-kesehatan');
  const tenantId = await provinceId(api.baseURL, admin);
  const task = await openDikesTask(api.baseURL, operator, { opdOwned: false });
  const saveMeasurement = () =>
    gql<{ saveMeasurement: { measurement: { id: string; status: string } } }>(
      api.baseURL,
      `mutation($input: SaveMeasurementInput!) { saveMeasurement(input: $input) { measurement { id status } } }`,
      { input: { indicatorId: task.indicatorId, year, month, value: task.target } },
      operator,
    );
  expect(await lockedMonths(api.baseURL, admin, tenantId, year)).not.toContain(month);

  await logIn(page, 'superadmin');
  await page.goto('/admin/periods');
  await expect(page.getByRole('heading', { level: 2, name: 'Penguncian periode' })).toBeVisible();
  const card = page.locator(`[data-testid="period-month"][data-month="${month}"]`);
  await expect(card).toHaveAttribute('data-locked', 'false');

  try {
    // No reason: the message is next to the field, and nothing is locked.
    await card.getByRole('button', { name: /^Kunci\b/ }).click();
    const reason = card.getByLabel(/^Alasan mengunci/);
    const message = card.getByTestId('period-error-reason');
    await expect(message).toHaveText('Alasan wajib diisi.');
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expect(reason).toHaveAttribute('aria-describedby', (await message.getAttribute('id'))!);
    await expect(card).toHaveAttribute('data-locked', 'false');
    expect(await lockedMonths(api.baseURL, admin, tenantId, year)).not.toContain(month);

    await reason.fill('E2E: tutup buku bulanan');
    await card.getByRole('button', { name: /^Kunci\b/ }).click();
    await expect(card).toHaveAttribute('data-locked', 'true');
    await expect(card.getByTestId('period-reason')).toHaveText('E2E: tutup buku bulanan');
    await expect(card).toContainText('WITA');
    expect(await lockedMonths(api.baseURL, admin, tenantId, year)).toContain(month);

    // The operator's value for the locked month is refused.
    await expect(saveMeasurement()).rejects.toThrow(/"code":"PERIOD_LOCKED"/);

    expect(await seriousViolations(page)).toEqual([]);

    await card.getByLabel(/^Alasan membuka kunci/).fill('E2E: koreksi data Dinas Kesehatan');
    await card.getByRole('button', { name: /^Buka kunci\b/ }).click();
    await expect(card).toHaveAttribute('data-locked', 'false');
    expect(await lockedMonths(api.baseURL, admin, tenantId, year)).not.toContain(month);

    // Opened again: the same value is accepted.
    const saved = await saveMeasurement();
    expect(saved.saveMeasurement.measurement.id).toBeTruthy();
  } finally {
    await gql(
      api.baseURL,
      'mutation($input: PeriodLockInput!) { unlockPeriod(input: $input) { month } }',
      { input: { tenantId, year, month, reason: 'E2E: periode dibuka kembali setelah uji' } },
      admin,
    );
  }
});
