// Logging in as each demo account lands on that account's home; a route the account may not see
// sends it home with a message; logging out ends the session; a user ends their other sessions
// and starts two-step verification from the account page.
import { expect, test } from '../support/fixtures';
import { gql, login } from '../support/graphql';
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

test('a user sees where they are signed in, ends the other sessions, and starts two-step verification', async ({
  page,
  api,
}) => {
  // A user of their own, so that ending sessions touches no demo account another test signs in as.
  const admin = await login(api.baseURL, 'superadmin');
  const { tenants } = await gql<{ tenants: { id: string }[] }>(api.baseURL, '{ tenants { id } }', {}, admin);
  const username = `sesi-${Date.now()}`;
  const password = 'Rinjani-Sembalun-pagi-2026';
  await gql(
    api.baseURL,
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { username, displayName: 'Pengamat Sesi', password, role: 'VIEWER', scopeId: tenants[0]!.id } },
    admin,
  );
  // Signed in on another device first.
  const other = await gql<{ login: { token: string } }>(
    api.baseURL,
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: username, p: password },
  );

  await submitLogin(page, username, password);
  await expect(page.getByTestId('nav-user')).toBeVisible();
  await page.goto('/account/sessions');
  const sessions = page.getByTestId('session');
  await expect(sessions).toHaveCount(2);
  await expect(sessions.filter({ hasText: 'Sesi ini' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Akhiri semua sesi lain' }).click();
  await expect(sessions).toHaveCount(1);
  const me = await gql<{ me: { username: string } | null }>(
    api.baseURL,
    '{ me { username } }',
    {},
    other.login.token,
  );
  expect(me.me).toBeNull();

  await page.getByRole('button', { name: 'Aktifkan verifikasi dua langkah' }).click();
  await expect(page.getByRole('img', { name: 'Kode QR untuk aplikasi autentikator' })).toBeVisible();
});
