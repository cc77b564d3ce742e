// The superadmin creates an operator for Dinas Kesehatan: an empty or short password is refused
// next to the field, in Bahasa Indonesia; the new operator then logs in on another browser and
// lands on the entry page. The page has no serious accessibility problems.
import { seriousViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { logIn, submitLogin } from '../support/logIn';

const PASSWORD = 'operator-baru-2026';

test('the superadmin creates an operator for Dinas Kesehatan who then logs in', async ({
  page,
  browser,
  api,
}) => {
  const username = `operator-dikes-${Date.now()}`;
  await logIn(page, 'superadmin');
  await page.goto('/admin/users');
  const form = page.getByTestId('user-create-form');
  await expect(form).toBeVisible();
  await expect(page.getByTestId('user-row').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await form.getByLabel('Nama pengguna').fill(username);
  await form.getByLabel('Nama tampilan').fill('Operator Uji Dinas Kesehatan');
  await form.getByLabel('Peran').selectOption({ label: 'Operator' });
  await form.getByLabel('Lingkup').selectOption({ label: 'Dinas Kesehatan' });

  // An empty password, then a short one: the message sits next to the field, in Bahasa Indonesia.
  const password = form.getByLabel('Kata sandi awal');
  const message = form.getByTestId('user-error-password');
  await form.getByRole('button', { name: 'Buat pengguna' }).click();
  await expect(message).toHaveText('Kata sandi wajib diisi.');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAttribute('aria-describedby', (await message.getAttribute('id'))!);
  await expect(password).toBeFocused();
  await password.fill('pendek');
  await form.getByRole('button', { name: 'Buat pengguna' }).click();
  await expect(message).toHaveText('Kata sandi minimal 10 karakter.');
  expect(await seriousViolations(page)).toEqual([]);

  await password.fill(PASSWORD);
  await form.getByRole('button', { name: 'Buat pengguna' }).click();
  await expect(page.getByTestId('users-done')).toHaveText(`Pengguna ${username} telah dibuat.`);
  const row = page.getByTestId('user-row').filter({ hasText: username });
  await expect(row).toBeVisible();
  await expect(row.getByTestId('user-role')).toContainText('Operator — Dinas Kesehatan');

  // The new operator, on another browser, lands on the entry page.
  const other = await browser.newContext({ baseURL: api.baseURL, locale: 'id-ID' });
  try {
    const operatorPage = await other.newPage();
    await submitLogin(operatorPage, username, PASSWORD);
    await expect(operatorPage.getByTestId('nav-user')).toBeVisible();
    await expect(operatorPage).toHaveURL(/\/entry/);
    expect(await seriousViolations(operatorPage)).toEqual([]);
  } finally {
    await other.close();
  }
});
