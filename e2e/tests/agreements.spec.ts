// Perjanjian Kinerja: the Kepala Dinas PUPR drafts and signs their PK on their official page, the
// Gubernur (second party of a Kepala OPD) countersigns it, and the official's page then shows it
// signed and locked; the printable PK loses its DRAFT watermark once both have signed.
import { expect, test } from '../support/fixtures';
import { currentPeriod, gql, login } from '../support/graphql';
import { logIn } from '../support/logIn';

test('a Kepala OPD drafts and signs a PK, the Gubernur signs it, and the official page shows it locked', async ({
  page,
  api,
}) => {
  const { year } = currentPeriod();
  await logIn(page, 'kadis-pupr');
  await expect(page).toHaveURL(/\/dashboard\/[^/]+$/);
  const unitId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
  const token = await login(api.baseURL, 'kadis-pupr');
  const { unsignedAgreements } = await gql<{
    unsignedAgreements: { officialId: string; positionTitle: string; status: string | null }[];
  }>(
    api.baseURL,
    `query($s: ID!, $y: Int!) { unsignedAgreements(scopeId: $s, year: $y) { officialId positionTitle status } }`,
    { s: unitId, y: year },
    token,
  );
  const head = unsignedAgreements.find((r) => r.positionTitle.startsWith('Kepala Dinas'))!;
  expect(head.status).toBeNull();

  // The Kepala Dinas drafts the PK on their own page and signs it as first party.
  await page.goto(`/official/${encodeURIComponent(head.officialId)}`);
  const section = page.getByTestId('official-agreement');
  await expect(section.getByText('Belum ada Perjanjian Kinerja untuk tahun ini.')).toBeVisible();
  await page.getByRole('button', { name: 'Susun PK' }).click();
  await page.getByLabel('Attitude (sikap)').fill('Berintegritas dan tuntas dalam setiap pekerjaan.');
  await page
    .getByLabel('Attention (perhatian)')
    .fill('Kemantapan jalan provinsi dan ketepatan jadwal paket.');
  await page.getByLabel('Action (tindakan)').fill('Rapat evaluasi mingguan dan pengawasan lapangan.');
  await page.getByRole('button', { name: 'Simpan draf' }).click();
  const status = page.getByTestId('agreement-status').first();
  await expect(status).toHaveAttribute('data-status', 'DRAFT');
  await expect(page.getByTestId('agreement-second-party')).toContainText('Gubernur Nusa Tenggara Barat');
  await expect(page.getByTestId('agreement-targets').locator('tbody tr').first()).toBeVisible();
  await page.getByRole('button', { name: 'Tandatangani sebagai pihak pertama' }).click();
  await expect(status).toHaveAttribute('data-status', 'SIGNED_FIRST');
  await expect(page.getByRole('button', { name: /^Tandatangani/ })).toHaveCount(0);

  // Half-signed, the printable PK is still a draft.
  await page.getByTestId('agreement-print-link').click();
  await expect(page.getByTestId('agreement-title')).toHaveText(`PERJANJIAN KINERJA TAHUN ${year}`);
  await expect(page.getByTestId('agreement-print')).toHaveAttribute('data-watermark', 'DRAFT');
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page).toHaveURL(/\/login$/);

  // The Gubernur countersigns as second party.
  await logIn(page, 'gubernur');
  await page.goto(`/official/${encodeURIComponent(head.officialId)}`);
  await page.getByRole('button', { name: 'Tandatangani sebagai pihak kedua' }).click();
  await expect(page.getByTestId('agreement-status').first()).toHaveAttribute('data-status', 'SIGNED');
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page).toHaveURL(/\/login$/);

  // The official's page shows it signed by both and locked; the printed PK carries no watermark.
  await logIn(page, 'kadis-pupr');
  await page.goto(`/official/${encodeURIComponent(head.officialId)}`);
  await expect(page.getByTestId('official-agreement')).toHaveAttribute('data-locked', 'true');
  await expect(page.getByTestId('agreement-locked')).toContainText('target tahun ini terkunci');
  await expect(page.getByTestId('agreement-signature')).toHaveCount(2);
  await page.getByTestId('agreement-print-link').click();
  await expect(page.getByTestId('agreement-print')).toHaveAttribute('data-watermark', '');
  await expect(
    page.getByTestId('agreement-print-signature').filter({ hasText: 'Ditandatangani' }),
  ).toHaveCount(2);
  const download = page.waitForEvent('download');
  await page.getByTestId('agreement-pdf').click();
  expect((await download).suggestedFilename()).toMatch(new RegExp(`^PK-${year}-v1-.+\\.pdf$`));
});
