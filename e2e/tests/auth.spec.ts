// Logging in as each demo account lands on that account's home; a route the account may not see
// sends it home with a message; logging out ends the session.
import { expect, test } from '../support/fixtures';
import { submitLogin } from '../support/logIn';

const homes: [username: string, home: RegExp][] = [
  ['superadmin', /\/dashboard$/],
  ['gubernur', /\/dashboard$/],
  ['sekda', /\/dashboard$/],
  ['kadis-kesehatan', /\/dashboard\/[^/]+$/],
  ['operator-kesehatan', /\/entry$/],
  ['kadis-pupr', /\/dashboard\/[^/]+$/],
  ['operator-pupr', /\/entry$/],
];

for (const [username, home] of homes) {
  test(`${username} logs in and lands on their home`, async ({ page }) => {
    await submitLogin(page, username);
    await expect(page).toHaveURL(home);
    await expect(page.getByTestId('nav-user')).toBeVisible();
    if (username.startsWith('operator')) {
      await expect(page.getByRole('heading', { name: 'Isi realisasi' })).toBeVisible();
      await expect(page.getByTestId('entry-task').first()).toBeVisible();
    } else {
      await expect(page.getByTestId('dashboard-scope-name')).not.toBeEmpty();
    }
  });
}

test('an operator sent to the province dashboard or the wall is brought home with a message', async ({
  page,
}) => {
  await submitLogin(page, 'operator-kesehatan');
  await expect(page).toHaveURL(/\/entry$/);
  const home = page.url();
  for (const path of ['/dashboard', '/wall']) {
    await page.goto(path);
    await expect(page).toHaveURL(home);
    await expect(page.getByTestId('route-notice')).toBeVisible();
  }
});

test('a wrong password is refused with an Indonesian message, and logout ends the session', async ({
  page,
}) => {
  await submitLogin(page, 'sekda', 'salah-sekali');
  await expect(page.getByTestId('login-error')).toHaveText('Nama pengguna atau kata sandi salah.');

  await submitLogin(page, 'sekda');
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/login$/);
});
