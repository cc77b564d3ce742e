// Logging in through the login form, as a person does.
import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './graphql';

export async function submitLogin(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

/** Logs in with the demo password and waits for the signed-in navigation. */
export async function logIn(page: Page, username: string): Promise<void> {
  await submitLogin(page, username);
  await expect(page.getByTestId('nav-user')).toBeVisible();
}
