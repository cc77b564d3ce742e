// An administrator edits Dinas Kesehatan's strategy map: adds an objective, links it to an
// existing one, sees a circular link refused in Indonesian, and sees perspective weights that do
// not sum to 100 refused next to the field. Weights are never saved here: other specs share the
// server and its scores.
import { seriousViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { gql, login } from '../support/graphql';
import { logIn } from '../support/logIn';

interface StoredObjective {
  code: string;
  name: string;
  weight: number;
  parent: { id: string } | null;
  indicators: { id: string }[];
}

/** An objective as the API stores it; null once it is deleted. */
async function storedObjective(baseURL: string, id: string): Promise<StoredObjective | null> {
  const { node } = await gql<{ node: StoredObjective | null }>(
    baseURL,
    `query($id: ID!) { node(id: $id) { ... on Objective { code name weight parent { id } indicators { id } } } }`,
    { id },
    await login(baseURL, 'superadmin'),
  );
  return node;
}

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

// The objective changed and deleted here is a new one without indicators: it is NO_DATA and
// counts in no score, so changing its weight recomputes the year without moving any figure.
test('an administrator changes an objective and its parent, deletes an empty one, and cannot delete one with indicators', async ({
  page,
  api,
}) => {
  // The weight change below recomputes the year's scores, up to a minute on a busy machine.
  test.setTimeout(180_000);
  await logIn(page, 'superadmin');
  await page.goto('/admin/scorecards');
  const picker = page.getByLabel('Kartu kinerja');
  await picker.selectOption({ label: 'Dinas Kesehatan' });
  const scorecardId = await picker.inputValue();
  const objectives = page.getByTestId('admin-objective');
  await expect(objectives.first()).toBeVisible();

  const code = `SS-UBAH-${Date.now()}`;
  const form = page.getByTestId('objective-form');
  await form.getByTestId('objective-code').fill(code);
  await form.getByTestId('objective-name').fill('Meningkatnya mutu layanan rujukan');
  await form.getByTestId('objective-weight').fill('1');
  await form.getByRole('button', { name: 'Tambah sasaran' }).click();
  await expect(page.getByTestId('objective-created')).toContainText(code);
  const row = objectives.filter({ hasText: code });
  await expect(row).toHaveCount(1);
  const objectiveId = (await row.getAttribute('data-objective-id'))!;
  expect((await storedObjective(api.baseURL, objectiveId))?.parent).toBeNull();

  // Change the name and the weight, and cascade it from an objective of the province's scorecard.
  await row.getByTestId('objective-edit').click();
  const edit = row.getByTestId('objective-edit-form');
  await expect(edit.getByTestId('objective-code')).toHaveValue(code);
  await edit.getByTestId('objective-name').fill('Meningkatnya mutu layanan rujukan daerah');
  await edit.getByTestId('objective-weight').fill('1,5');
  const parent = edit.getByLabel('Sasaran induk (cascading)');
  await expect(parent.locator('option')).not.toHaveCount(1);
  const parentOption = parent.locator('option').nth(1);
  const parentId = (await parentOption.getAttribute('value'))!;
  const parentLabel = (await parentOption.textContent())!.trim();
  await parent.selectOption(parentId);
  expect(await seriousViolations(page)).toEqual([]);
  await edit.getByRole('button', { name: 'Simpan perubahan' }).click();
  // A weight change recomputes every score of the year before the answer: seconds, not milliseconds.
  await expect(page.getByTestId('objective-notice')).toHaveText(
    `Sasaran ${code} diperbarui; nilai tahun ini telah dihitung ulang.`,
    { timeout: 60_000 },
  );
  await expect(row.getByTestId('objective-edit-form')).toHaveCount(0);
  await expect(row).toContainText('Meningkatnya mutu layanan rujukan daerah');
  await expect(row.getByTestId('objective-parent-of')).toHaveText(`Turunan dari ${parentLabel}`);
  expect(await storedObjective(api.baseURL, objectiveId)).toEqual({
    code,
    name: 'Meningkatnya mutu layanan rujukan daerah',
    weight: 1.5,
    parent: { id: parentId },
    indicators: [],
  });

  // Deleting asks first; the empty objective then goes.
  await row.getByTestId('objective-delete').click();
  const confirm = row.getByTestId('objective-delete-confirm');
  await expect(confirm).toContainText(`Hapus sasaran ${code}`);
  await confirm.getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(page.getByTestId('objective-notice')).toHaveText(`Sasaran ${code} dihapus.`);
  await expect(row).toHaveCount(0);
  expect(await storedObjective(api.baseURL, objectiveId)).toBeNull();

  // An objective with indicators is refused with what it still has; nothing is deleted.
  const { node } = await gql<{ node: { objectives: { id: string; indicators: { id: string }[] }[] } }>(
    api.baseURL,
    'query($id: ID!) { node(id: $id) { ... on Scorecard { objectives { id indicators { id } } } } }',
    { id: scorecardId },
    await login(api.baseURL, 'superadmin'),
  );
  const used = node.objectives.find((o) => o.indicators.length > 0)!;
  const usedRow = page.locator(`[data-testid="admin-objective"][data-objective-id="${used.id}"]`);
  await usedRow.getByTestId('objective-delete').click();
  await usedRow.getByTestId('objective-delete-confirm').getByRole('button', { name: 'Ya, hapus' }).click();
  const refusal = usedRow.getByTestId('objective-delete-error');
  await expect(refusal).toContainText(`Sasaran ini masih memiliki ${used.indicators.length} indikator`);
  await expect(refusal).toContainText('; pindahkan atau hapus dulu.');
  await expect(usedRow).toHaveCount(1);
  expect((await storedObjective(api.baseURL, used.id))?.indicators).toHaveLength(used.indicators.length);
  expect(await seriousViolations(page)).toEqual([]);
});
