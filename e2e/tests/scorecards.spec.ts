// An administrator edits Dinas Kesehatan's strategy map: adds an objective, links it to an
// existing one, sees a circular link refused in Indonesian, and sees perspective weights that do
// not sum to 100 refused next to the field. Weights are never saved here: other specs share the
// server and its scores.
import { seriousViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { logIn } from '../support/logIn';

test('an administrator adds an objective and a cause–effect link; a cycle and bad weights are refused', async ({
  page,
}) => {
  await logIn(page, 'superadmin');
  await page.goto('/admin/scorecards');
  await page.getByLabel('Kartu kinerja').selectOption({ label: 'Dinas Kesehatan' });
  const objectives = page.getByTestId('admin-objective');
  await expect(objectives.first()).toBeVisible();
  const existing = (await objectives.first().locator('span.font-medium').textContent())!.trim();
  expect(await seriousViolations(page)).toEqual([]);

  const code = `SS-E2E-${Date.now()}`;
  const form = page.getByTestId('objective-form');
  await form.getByLabel('Perspektif', { exact: true }).selectOption({ label: 'Pelanggan / Masyarakat' });
  await form.getByTestId('objective-code').fill(code);
  await form.getByTestId('objective-name').fill('Meningkatnya kepuasan masyarakat atas layanan puskesmas');
  await form.getByTestId('objective-weight').fill('1');
  await form.getByRole('button', { name: 'Tambah sasaran' }).click();
  await expect(page.getByTestId('objective-created')).toContainText(code);
  await expect(objectives.filter({ hasText: code })).toHaveCount(1);

  const links = page.getByTestId('objective-link');
  const linkForm = page.getByTestId('link-form');
  const optionOf = async (prefix: string) => {
    const option = linkForm
      .getByTestId('link-from')
      .locator('option', { hasText: `${prefix} · ` })
      .first();
    return (await option.getAttribute('value'))!;
  };
  const created = await optionOf(code);
  const target = await optionOf(existing);
  await linkForm.getByTestId('link-from').selectOption(created);
  await linkForm.getByTestId('link-to').selectOption(target);
  await linkForm.getByRole('button', { name: 'Hubungkan' }).click();
  const drawn = links.filter({ hasText: code });
  await expect(drawn).toHaveCount(1);
  await expect(drawn).toContainText(`${code} ·`);
  await expect(drawn).toContainText(`${existing} ·`);

  // The reverse arrow would close a loop: refused next to the "to" field, nothing drawn.
  const before = await links.count();
  await linkForm.getByTestId('link-from').selectOption(target);
  await linkForm.getByTestId('link-to').selectOption(created);
  await linkForm.getByRole('button', { name: 'Hubungkan' }).click();
  await expect(page.getByTestId('link-error-to')).toHaveText(
    'Hubungan ini membuat peta strategi melingkar (sebab-akibat berputar kembali).',
  );
  await expect(linkForm.getByTestId('link-to')).toHaveAttribute('aria-invalid', 'true');
  await expect(links).toHaveCount(before);

  // Weights that do not sum to 100 are refused before anything is sent.
  const weights = page.getByTestId('perspective-weights-form');
  await weights.getByLabel('Pemangku Kepentingan').fill('1000');
  await weights.getByRole('button', { name: 'Simpan bobot' }).click();
  await expect(page.getByTestId('weights-error')).toHaveText('Jumlah bobot perspektif harus 100.');
  await expect(weights.getByLabel('Pemangku Kepentingan')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('weights-saved')).toHaveCount(0);

  expect(await seriousViolations(page)).toEqual([]);
});
