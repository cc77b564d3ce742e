// An administrator registers a wall screen for Dinas Kesehatan showing only the ranking, opens its
// link (shown once) on another browser as a wall screen would, then revokes it: the screen stops
// showing data. A missing name is said next to the field, in Bahasa Indonesia; the page has no
// serious accessibility problems, on a phone or a desk.
import type { Page } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { gql, login } from '../support/graphql';
import { logIn } from '../support/logIn';

/** Every panel but the ranking, by its Indonesian label. */
const OTHER_PANELS = [
  'Nilai Kinerja Organisasi (NKO)',
  'Serapan anggaran dan progres fisik',
  'Indikator berisiko dan laporan terlambat',
  'Perbandingan kabupaten/kota',
  'Aktivitas terbaru',
  'Belum melapor',
];

async function openDevicesPage(page: Page): Promise<void> {
  await logIn(page, 'superadmin');
  await page.goto('/admin/devices');
  await expect(page.getByTestId('device-create-form')).toBeVisible();
}

test('an empty screen name is refused next to the field, in Bahasa Indonesia, on a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openDevicesPage(page);
  const form = page.getByTestId('device-create-form');
  await form.getByRole('button', { name: 'Daftarkan layar' }).click();

  const name = form.getByLabel('Nama layar');
  const message = form.getByTestId('device-error-name');
  await expect(message).toHaveText('Nama layar wajib diisi.');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAttribute('aria-describedby', (await message.getAttribute('id'))!);
  await expect(name).toBeFocused();
  // Nothing was created: no link is shown.
  await expect(page.getByTestId('device-created')).toHaveCount(0);
  // The page fits the phone: nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);
});

test('an administrator registers a screen for Dinas Kesehatan, opens its link, and revokes it', async ({
  page,
  browser,
  api,
}) => {
  await openDevicesPage(page);
  const form = page.getByTestId('device-create-form');
  const screenName = `Layar Ruang Kadis Kesehatan ${Date.now()}`;
  await form.getByLabel('Nama layar').fill(screenName);
  await form.getByLabel('Cakupan yang ditampilkan').selectOption({ label: 'Dinas Kesehatan' });
  for (const panel of OTHER_PANELS) await form.getByLabel(panel, { exact: true }).uncheck();
  await expect(form.getByLabel('Peringkat OPD', { exact: true })).toBeChecked();
  await form.getByRole('button', { name: 'Daftarkan layar' }).click();

  // The link, once, with a note that says so, and a copy button.
  const created = page.getByTestId('device-created');
  await expect(created).toContainText('hanya ditampilkan sekali');
  const link = await created.getByTestId('device-link').inputValue();
  expect(link).toMatch(new RegExp(`^${api.baseURL.replace(/\./g, '\\.')}/wall\\?device=[\\w-]+$`));
  await created.getByRole('button', { name: 'Salin tautan' }).click();
  // Copied, or (where the browser refuses the clipboard) selected for a manual copy.
  await expect(created.getByTestId('device-link-copy-status')).toHaveText(
    /Tautan disalin|Tautan sudah dipilih/,
  );
  expect(await seriousViolations(page)).toEqual([]);

  const row = page.getByTestId('device-row').filter({ hasText: screenName });
  await expect(row).toHaveAttribute('data-status', 'active');
  await expect(row.getByTestId('device-scope')).toHaveText('Dinas Kesehatan');
  await expect(row.getByTestId('device-playlist-summary')).toHaveText('Peringkat OPD');
  await expect(row.getByTestId('device-last-seen')).toHaveText('Belum pernah dibuka');

  // The screen is another browser: the wall keeps its device token in localStorage, which this
  // administrator's pages would otherwise send too.
  const wallContext = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Makassar' });
  try {
    const wall = await wallContext.newPage();
    await wall.goto(link);
    // The token is kept on the screen and taken out of the address bar.
    await expect(wall).toHaveURL(/\/wall$/);
    await expect(wall.getByTestId('wall')).toHaveAttribute('data-seq', /^\d+$/);
    await expect(wall.getByTestId('wall-scope-name')).toHaveText('Dinas Kesehatan');
    // The playlist stored for the device: the ranking only, and it stays there.
    await expect(wall.getByTestId('wall-panel')).toHaveAttribute('data-panel', 'ranking');
    await expect(wall.getByTestId('wall-panel-title')).toHaveText('Peringkat unit kerja');

    // Shown once: after a reload the link is gone, and the row says when the screen was last seen.
    await page.reload();
    await expect(row).toHaveAttribute('data-status', 'active');
    await expect(page.getByTestId('device-created')).toHaveCount(0);
    await expect(row.getByTestId('device-last-seen')).toHaveText(/WITA$/);

    // Revoking asks first.
    await row.getByRole('button', { name: 'Cabut', exact: true }).click();
    const confirm = row.getByTestId('device-revoke-confirm');
    await expect(confirm).toContainText('langsung berhenti berfungsi');
    expect(await seriousViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Ya, cabut' }).click();
    await expect(row).toHaveAttribute('data-status', 'revoked');
    await expect(row.getByTestId('device-status')).toHaveText('Dicabut');
    await expect(page.getByTestId('devices-done')).toContainText(screenName);

    // The screen, reloaded, shows no data: it says its token was revoked.
    await wall.reload();
    await expect(wall.getByRole('alert')).toContainText('tokennya sudah dicabut');
    await expect(wall.getByTestId('wall')).toHaveCount(0);
  } finally {
    await wallContext.close();
  }

  // The API agrees: the token no longer opens anything.
  const token = new URL(link).searchParams.get('device')!;
  const asDevice = await gql<{ wallDevice: { id: string } | null; tenants: { id: string }[] }>(
    api.baseURL,
    '{ wallDevice { id } tenants { id } }',
    {},
    token,
  );
  expect(asDevice).toEqual({ wallDevice: null, tenants: [] });
  const admin = await login(api.baseURL, 'superadmin');
  const { tenants } = await gql<{ tenants: { id: string }[] }>(api.baseURL, '{ tenants { id } }', {}, admin);
  const { wallDevices } = await gql<{
    wallDevices: { name: string; playlist: string[]; revokedAt: string | null }[];
  }>(
    api.baseURL,
    'query($t: ID!) { wallDevices(tenantId: $t) { name playlist revokedAt } }',
    { t: tenants[0]!.id },
    admin,
  );
  expect(wallDevices.find((d) => d.name === screenName)).toMatchObject({
    playlist: ['ranking'],
    revokedAt: expect.any(String),
  });
});
