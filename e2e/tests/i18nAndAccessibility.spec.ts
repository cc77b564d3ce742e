// Bahasa Indonesia by default with id-ID numbers, English on request; and no serious or critical
// accessibility problems on any page.
import { seriousViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { logIn } from '../support/logIn';

test('pages are in Bahasa Indonesia with id-ID numbers, and switch to English', async ({ page }) => {
  await logIn(page, 'sekda');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
  // A score like 87,35: comma decimals, never a point.
  // The dashboard's figures arrive after the page: on a busy machine that can take a while.
  await expect(page.getByTestId('dashboard-nko')).toHaveText(/\d+,\d{2}/, { timeout: 20_000 });

  await page.getByRole('combobox', { name: /bahasa/i }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
});

test('the login page, dashboards and the wall have no serious or critical axe violations', async ({
  page,
  api,
}) => {
  // Eight pages, each checked by axe: more than one test's usual budget on a shared machine.
  test.setTimeout(180_000);
  await page.goto('/login');
  await expect(page.getByLabel('Nama pengguna')).toBeVisible();
  expect(await seriousViolations(page), 'login').toEqual([]);

  await logIn(page, 'sekda');
  await expect(page.getByTestId('dashboard-scope-name')).not.toBeEmpty();
  expect(await seriousViolations(page), 'province dashboard').toEqual([]);

  for (const panel of ['nko', 'ranking', 'budget', 'atRisk', 'activity']) {
    await page.goto(`/wall?device=${api.wallToken}&panels=${panel}`);
    await expect(page.getByTestId('wall-panel')).toHaveAttribute('data-panel', panel);
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page), `wall ${panel}`).toEqual([]);
  }
});
