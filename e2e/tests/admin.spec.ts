// An administrator adds an indicator with monthly targets to a Dinas Kesehatan objective; its
// operator reports it and the head verifies it; the objective's, the OPD's and the province
// ranking's figures then move exactly as the scoring rules say.
import type { Page } from '@playwright/test';
import { fillAnalysis } from '../support/analysis';
import { seriousViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { currentPeriod, gql, login } from '../support/graphql';
import { logIn } from '../support/logIn';
import { dikesOnScoreboard } from '../support/wallPage';

const CAP = 120;

interface ObjectiveFigures {
  score: { value: number | null };
  indicators: { id: string; code: string; weight: number; score: { value: number | null } }[];
}

async function objectiveFigures(baseURL: string, objectiveId: string): Promise<ObjectiveFigures> {
  const { year, month } = currentPeriod();
  const { node } = await gql<{ node: ObjectiveFigures }>(
    baseURL,
    `query($id: ID!, $y: Int!, $m: Int!) { node(id: $id) { ... on Objective {
      score(month: $m) { value } indicators { id code weight score(year: $y, month: $m) { value } } } } }`,
    { id: objectiveId, y: year, m: month },
    await login(baseURL, 'superadmin'),
  );
  return node;
}

/** Objective score = Σ wᵢ·min(aᵢ, cap) / Σ wᵢ over its indicators with data (DESIGN §3). */
function expectedObjectiveScore(figures: ObjectiveFigures): number {
  let weighted = 0;
  let weights = 0;
  for (const i of figures.indicators) {
    if (i.score.value === null) continue;
    weighted += i.weight * Math.min(i.score.value, CAP);
    weights += i.weight;
  }
  return weighted / weights;
}

async function openIndicatorAdmin(page: Page): Promise<string> {
  await logIn(page, 'superadmin');
  await page.getByRole('link', { name: 'Administrasi' }).click();
  await expect(page).toHaveURL(/\/admin\/indicators$/);
  await page.getByLabel('Kartu kinerja').selectOption({ label: 'Dinas Kesehatan' });
  const objective = page.getByLabel('Sasaran strategis');
  await expect(objective.locator('option')).not.toHaveCount(1);
  const objectiveId = await objective.locator('option').nth(1).getAttribute('value');
  await objective.selectOption(objectiveId!);
  return objectiveId!;
}

test('an administrator adds an indicator with targets; once reported and verified, the objective, OPD and province ranking move by the rules', async ({
  page,
  browser,
  api,
}) => {
  const objectiveId = await openIndicatorAdmin(page);
  const form = page.getByTestId('indicator-form');
  const save = form.getByRole('button', { name: 'Simpan indikator' });

  // Bad input first: each message next to its field, nothing created.
  await form.getByLabel('Bobot dalam sasaran').fill('0');
  await form.getByLabel('Target Januari').fill('0');
  await form.getByLabel('Target Februari').fill('lima puluh');
  await save.click();
  await expect(form.getByTestId('admin-error-code')).toHaveText('Kode indikator wajib diisi.');
  await expect(form.getByTestId('admin-error-weight')).toHaveText(
    'Bobot harus angka lebih dari 0 dan paling besar 1.000.',
  );
  await expect(form.getByTestId('admin-error-targets.m1.value')).toHaveText(
    'Target harus lebih dari 0 untuk indikator semakin tinggi semakin baik.',
  );
  await expect(form.getByTestId('admin-error-targets.m2.value')).toHaveText(
    'Target harus berupa angka, misalnya 87,5.',
  );
  const before = await objectiveFigures(api.baseURL, objectiveId);

  await form.getByLabel('Kode indikator').fill('IKU-E2E');
  await form.getByLabel('Nama indikator').fill('Persentase puskesmas dengan dokter tetap');
  await form.getByLabel('Satuan').fill('%');
  await form.getByLabel('Bobot dalam sasaran').fill('2');
  const targets = form.getByLabel(/^Target /);
  await expect(targets).toHaveCount(12);
  for (let i = 0; i < 12; i += 1) await targets.nth(i).fill('50');
  await form.getByLabel(/Operator Dinas Kesehatan/).check();
  await save.click();
  await expect(page.getByTestId('indicator-created')).toContainText('IKU-E2E');
  const created = page.locator('[data-testid="admin-indicator"]', { hasText: 'IKU-E2E' });
  await expect(created).toHaveCount(1);
  const indicatorId = (await created.getAttribute('data-indicator-id'))!;
  // Without a value the new indicator has no data: the objective's score stays.
  expect((await objectiveFigures(api.baseURL, objectiveId)).score.value).toBe(before.score.value);
  const opdBefore = await dikesOnScoreboard(api.baseURL);

  // The operator reports 25 against a target of 50 on a phone, red, so with its written analysis;
  // the head verifies it.
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await logIn(phone, 'operator-kesehatan');
  const card = phone.locator(`[data-testid="entry-task"][data-indicator-id="${indicatorId}"]`);
  await card.locator('h3 button').click();
  await card.getByLabel(/^Realisasi \(/).fill('25');
  await fillAnalysis(card);
  await card.getByRole('button', { name: 'Simpan dan ajukan' }).click();
  await expect(card).toHaveAttribute('data-status', 'SUBMITTED');
  const desk = await (await browser.newContext()).newPage();
  await logIn(desk, 'kadis-kesehatan');
  await desk.goto('/verify');
  const { month } = currentPeriod();
  await desk
    .locator(`[data-testid="verify-item"][data-indicator-id="${indicatorId}"][data-month="${month}"]`)
    .getByTestId('verify-approve')
    .click();
  await expect(desk.getByTestId('verify-done')).toBeVisible();

  const after = await objectiveFigures(api.baseURL, objectiveId);
  const reported = after.indicators.find((i) => i.id === indicatorId)!;
  expect(reported.score.value).toBeCloseTo(50, 6);
  expect(after.score.value).not.toBe(before.score.value);
  expect(after.score.value).toBeCloseTo(expectedObjectiveScore(after), 6);
  const opdAfter = await dikesOnScoreboard(api.baseURL);
  expect(opdAfter.score).not.toBe(opdBefore.score);
  // The province ranking shows the OPD's new score.
  const { year } = currentPeriod();
  const { node } = await gql<{ node: { score: { value: number } } }>(
    api.baseURL,
    'query($id: ID!, $y: Int!, $m: Int!) { node(id: $id) { ... on OrgUnit { score(year: $y, month: $m) { value } } } }',
    { id: opdAfter.id, y: year, m: month },
    await login(api.baseURL, 'superadmin'),
  );
  expect(opdAfter.score).toBeCloseTo(node.score.value, 6);

  // The administrator's page shows it too: targets can be changed there.
  await page.reload();
  await page.getByLabel('Kartu kinerja').selectOption({ label: 'Dinas Kesehatan' });
  await page.getByLabel('Sasaran strategis').selectOption(objectiveId);
  const row = page.locator(`[data-testid="admin-indicator"][data-indicator-id="${indicatorId}"]`);
  await row.getByRole('button', { name: /^Ubah target/ }).click();
  const editor = row.getByTestId('targets-editor');
  await editor
    .getByLabel(
      `Target ${new Intl.DateTimeFormat('id-ID', { month: 'long' }).format(new Date(2026, month - 1, 1))}`,
    )
    .fill('25');
  await editor.getByRole('button', { name: 'Simpan target' }).click();
  await expect(editor.getByTestId('targets-saved')).toBeVisible();
  const retargeted = await objectiveFigures(api.baseURL, objectiveId);
  expect(retargeted.indicators.find((i) => i.id === indicatorId)!.score.value).toBeCloseTo(100, 6);
  expect(retargeted.score.value).toBeCloseTo(expectedObjectiveScore(retargeted), 6);

  // The audit trail has each step, with before and after.
  await page.goto('/audit?type=Indicator');
  const audited = page.locator(`[data-testid="audit-row"][data-entity-id="${indicatorId}"]`);
  await expect(audited).toHaveCount(2);
  await expect(audited.nth(0)).toHaveAttribute('data-action', 'TARGETS_SET');
  await expect(audited.nth(0)).toContainText('Target indikator diubah');
  const monthShort = new Intl.DateTimeFormat('id-ID', { month: 'short' }).format(
    new Date(2026, month - 1, 1),
  );
  await expect(audited.nth(0)).toContainText(`${monthShort} 50`);
  await expect(audited.nth(0)).toContainText(`${monthShort} 25`);
  await expect(audited.nth(1)).toHaveAttribute('data-action', 'CREATED');
  await expect(audited.nth(1)).toContainText('IKU-E2E');
  await page.goto('/audit?type=Measurement');
  const reportedRows = page.locator('[data-testid="audit-row"]', { hasText: 'Realisasi diverifikasi' });
  await expect(reportedRows.first()).toContainText('Diajukan');
  await expect(reportedRows.first()).toContainText('Terverifikasi');
});

test("an administrator changes a fresh indicator's name and unit, then deletes it", async ({ page, api }) => {
  const storedIndicator = async (id: string) => {
    const { node } = await gql<{ node: { code: string; name: string; unit: string; weight: number } | null }>(
      api.baseURL,
      'query($id: ID!) { node(id: $id) { ... on Indicator { code name unit weight } } }',
      { id },
      await login(api.baseURL, 'superadmin'),
    );
    return node;
  };
  await openIndicatorAdmin(page);
  const form = page.getByTestId('indicator-form');
  const code = `IKU-HAPUS-${Date.now()}`;
  await form.getByLabel('Kode indikator').fill(code);
  await form.getByLabel('Nama indikator').fill('Jumlah kader posyandu terlatih');
  await form.getByLabel('Satuan').fill('kader');
  await form.getByLabel('Bobot dalam sasaran').fill('1');
  await form.getByLabel('Target Desember').fill('40');
  await form.getByRole('button', { name: 'Simpan indikator' }).click();
  await expect(page.getByTestId('indicator-created')).toContainText(code);
  const row = page.locator('[data-testid="admin-indicator"]', { hasText: code });
  await expect(row).toHaveCount(1);
  const indicatorId = (await row.getAttribute('data-indicator-id'))!;

  // Name and unit move no score: saved at once, the list shows the new name.
  await row.getByTestId('indicator-edit').click();
  const edit = row.getByTestId('indicator-edit-form');
  await expect(edit.getByLabel('Nama indikator')).toHaveValue('Jumlah kader posyandu terlatih');
  await expect(edit.getByLabel('Bobot dalam sasaran')).toHaveValue('1');
  await edit.getByLabel('Nama indikator').fill('Jumlah kader posyandu yang terlatih');
  await edit.getByLabel('Satuan').fill('orang');
  await edit.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(page.getByTestId('indicator-notice')).toHaveText(`Indikator ${code} diperbarui.`);
  await expect(row).toContainText('Jumlah kader posyandu yang terlatih');
  expect(await storedIndicator(indicatorId)).toEqual({
    code,
    name: 'Jumlah kader posyandu yang terlatih',
    unit: 'orang',
    weight: 1,
  });

  // Deleting asks first; nothing was reported on it, so it goes and the year is recomputed.
  await row.getByTestId('indicator-delete').click();
  const confirm = row.getByTestId('indicator-delete-confirm');
  await expect(confirm).toContainText(`Hapus indikator ${code}`);
  expect(await seriousViolations(page)).toEqual([]);
  await confirm.getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(page.getByTestId('indicator-notice')).toHaveText(
    `Indikator ${code} dihapus; nilai telah dihitung ulang.`,
    { timeout: 60_000 },
  );
  await expect(row).toHaveCount(0);
  expect(await storedIndicator(indicatorId)).toBeNull();
});

test('the indicator administration page has no serious or critical axe violations', async ({ page }) => {
  await openIndicatorAdmin(page);
  await page.getByTestId('indicator-form').getByRole('button', { name: 'Simpan indikator' }).click();
  await expect(page.getByTestId('admin-error-code')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('an administrator changes the green threshold: a rule broken between fields is named, and saving recomputes', async ({
  page,
  api,
}) => {
  const settingsOf = async () => {
    const token = await login(api.baseURL, 'superadmin');
    const { tenants } = await gql<{ tenants: { id: string }[] }>(
      api.baseURL,
      '{ tenants { id } }',
      {},
      token,
    );
    const { tenantSettings } = await gql<{ tenantSettings: { bandGreenMin: number } }>(
      api.baseURL,
      'query($t: ID!) { tenantSettings(tenantId: $t) { bandGreenMin } }',
      { t: tenants[0]!.id },
      token,
    );
    return tenantSettings;
  };
  await logIn(page, 'superadmin');
  await page.goto('/admin/settings');
  const form = page.getByTestId('settings-form');
  const green = form.getByLabel('Hijau mulai skor');
  await expect(green).toHaveValue('100');
  const save = form.getByRole('button', { name: 'Simpan dan hitung ulang' });

  await green.fill('70');
  await save.click();
  await expect(form.getByTestId('settings-error-bandGreenMin')).toHaveText(
    'Batas hijau harus lebih tinggi dari batas kuning.',
  );
  await expect(green).toHaveAttribute('aria-invalid', 'true');
  expect((await settingsOf()).bandGreenMin).toBe(100);

  try {
    await green.fill('100,5');
    await save.click();
    // Every score of the province is recomputed before the answer: seconds, not milliseconds.
    await expect(form.getByTestId('settings-saved')).toContainText('skor dihitung ulang', {
      timeout: 60_000,
    });
    expect((await settingsOf()).bandGreenMin).toBe(100.5);
    expect(await seriousViolations(page)).toEqual([]);
  } finally {
    // Later tests read bands under the default rules.
    await green.fill('100');
    await save.click();
    await expect(form.getByTestId('settings-saved')).toBeVisible({ timeout: 60_000 });
    expect((await settingsOf()).bandGreenMin).toBe(100);
  }
});
