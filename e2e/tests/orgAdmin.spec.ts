// The superadmin builds a piece of the province's organisation at /admin/org: the province's
// capital, an OPD, a bidang under it, an ADMINISTRATOR position in the bidang, an official placed
// in it and the bidang's scorecard of the year (then deleted again, while Dinas Kesehatan's, with
// objectives, cannot be), each checked through the API. A NIP with an impossible birth date is
// refused next to the field, in Bahasa Indonesia, and nothing is written; the OPD cannot be deleted
// while the bidang hangs under it. On a phone the tree opens with the keyboard and fits the
// screen. The page has no serious accessibility problems.
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { currentPeriod, gql, login } from '../support/graphql';
import { logIn } from '../support/logIn';

const PROVINCE = 'Provinsi Nusa Tenggara Barat';
const OPD = { code: 'E2E-OPD', name: 'Dinas Uji Coba E2E', shortName: 'Uji E2E' };
const DIVISION = { code: 'E2E-OPD.BID', name: 'Bidang Uji Coba E2E', shortName: 'Bid Uji E2E' };
const POSITION = 'Kepala Bidang Uji Coba E2E';
// Born 12 July 1985, appointed January 2010, male, sequence 917.
const OFFICIAL = { nip: '198507122010011917', name: 'Budi Santoso Uji Coba' };
// The same NIP with month 13 in the birth date.
const BAD_NIP = '198513122010011917';

interface UnitState {
  code: string;
  name: string;
  scorecard: { name: string } | null;
  positions: { title: string; level: string; holder: { nip: string; name: string } | null }[];
}

interface ProvinceState {
  capital: string | null;
  unplacedOfficials: { nip: string }[];
  opds: (UnitState & { children: UnitState[] })[];
}

/** The province's OPDs and bidang as the API stores them, with the year's scorecards. */
async function provinceState(baseURL: string): Promise<ProvinceState> {
  const { tenants } = await gql<{ tenants: (ProvinceState & { name: string })[] }>(
    baseURL,
    `query($y: Int!) { tenants { name capital unplacedOfficials { nip } opds { ...Unit children { ...Unit } } } }
    fragment Unit on OrgUnit {
      code name scorecard(year: $y) { name } positions { title level holder { nip name } } }`,
    { y: currentPeriod().year },
    await login(baseURL, 'superadmin'),
  );
  return tenants.find((t) => t.name === PROVINCE)!;
}

async function openOrgPage(page: Page): Promise<void> {
  await logIn(page, 'superadmin');
  await page.goto('/admin/org');
  // The first load is the province's whole tree (about 400 units): more than the usual budget on a
  // loaded machine.
  await expect(page.getByTestId('org-detail').getByRole('heading', { level: 3, name: PROVINCE })).toBeVisible(
    { timeout: 15_000 },
  );
}

function treeNode(page: Page, name: string): Locator {
  return page.getByTestId('org-tree').getByTestId('org-tree-node').filter({ hasText: name });
}

async function selectNode(page: Page, name: string): Promise<void> {
  await treeNode(page, name).click();
  await expect(page.getByTestId('org-detail').getByRole('heading', { level: 3, name })).toBeVisible();
}

async function addUnitUnderSelected(page: Page, unit: typeof OPD): Promise<void> {
  const form = page.getByTestId('org-unit-create');
  await form.getByLabel('Kode').fill(unit.code);
  await form.getByLabel('Nama', { exact: true }).fill(unit.name);
  await form.getByLabel('Nama singkat').fill(unit.shortName);
  await form.getByRole('button', { name: 'Tambah unit' }).click();
}

test('the superadmin sets the province’s capital and adds an OPD, a bidang, a position, its holder and the bidang’s scorecard', async ({
  page,
  api,
}) => {
  // A long journey with three axe runs: 25 s alone, past 60 s on a loaded CI machine.
  test.setTimeout(180_000);
  const { year } = currentPeriod();
  const done = page.getByTestId('org-done');
  await openOrgPage(page);
  expect(await seriousViolations(page)).toEqual([]);

  // The province's own details: a blank name is refused next to the field; the capital is saved.
  const tenantForm = page.getByTestId('org-tenant-edit');
  const tenantName = tenantForm.getByLabel('Nama', { exact: true });
  await expect(tenantName).toHaveValue(PROVINCE);
  const capital = tenantForm.getByLabel('Ibu kota (opsional)');
  await expect(capital).toHaveValue('Mataram');
  await tenantName.fill(' ');
  await tenantForm.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(tenantForm.getByTestId('org-error-name')).toHaveText('Wajib diisi.');
  await expect(tenantName).toBeFocused();
  await tenantName.fill(PROVINCE);
  await capital.fill('Kota Mataram');
  await tenantForm.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(done).toHaveText(`Data ${PROVINCE} tersimpan.`);
  expect((await provinceState(api.baseURL)).capital).toBe('Kota Mataram');

  // An OPD under the province, then a bidang under the OPD: each shows up in the tree.
  await addUnitUnderSelected(page, OPD);
  await expect(done).toHaveText(`${OPD.name} telah ditambahkan di bawah ${PROVINCE}.`);
  await selectNode(page, OPD.name);
  await addUnitUnderSelected(page, DIVISION);
  await expect(done).toHaveText(`${DIVISION.name} telah ditambahkan di bawah ${OPD.name}.`);
  await selectNode(page, DIVISION.name);
  await expect(page.getByTestId('org-detail-path')).toHaveText(new RegExp(` › ${OPD.shortName}$`));

  // A vacant ADMINISTRATOR position in the bidang.
  const positions = page.getByTestId('org-positions');
  const positionForm = positions.getByTestId('org-position-form');
  await positionForm.getByLabel('Nama jabatan').fill(POSITION);
  await positionForm.getByLabel('Jenjang jabatan').selectOption('ADMINISTRATOR');
  await positionForm.getByRole('button', { name: 'Tambah jabatan' }).click();
  await expect(done).toHaveText(`Jabatan ${POSITION} telah ditambahkan.`);
  const row = positions.getByTestId('org-position').filter({ hasText: POSITION });
  await expect(row.getByTestId('org-position-holder')).toHaveText('Lowong');

  // An impossible birth date in the NIP is refused next to the field, before anything is sent.
  const officialForm = page.getByTestId('org-official-form');
  const nip = officialForm.getByLabel('NIP', { exact: true });
  await nip.fill(BAD_NIP);
  await officialForm.getByLabel('Nama lengkap').fill(OFFICIAL.name);
  await officialForm.getByLabel('Jabatan (opsional)').selectOption({ label: POSITION });
  await officialForm.getByRole('button', { name: 'Tambah pegawai' }).click();
  const nipMessage = officialForm.getByTestId('org-error-nip');
  await expect(nipMessage).toHaveText(
    'Digit 1–8 NIP harus tanggal lahir yang valid (tahun, bulan, tanggal; misalnya 19850712).',
  );
  await expect(nip).toHaveAttribute('aria-invalid', 'true');
  expect((await nip.getAttribute('aria-describedby'))!.split(' ')).toContain(
    await nipMessage.getAttribute('id'),
  );
  await expect(nip).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  const untouched = await provinceState(api.baseURL);
  expect(untouched.unplacedOfficials.map((o) => o.nip)).not.toContain(BAD_NIP);
  const vacant = untouched.opds.find((o) => o.code === OPD.code)!.children[0]!;
  expect(vacant.positions).toEqual([{ title: POSITION, level: 'ADMINISTRATOR', holder: null }]);

  // With a valid NIP the official is added straight into the position.
  await nip.fill(OFFICIAL.nip);
  await officialForm.getByRole('button', { name: 'Tambah pegawai' }).click();
  await expect(done).toHaveText(`Pegawai ${OFFICIAL.name} telah ditambahkan sebagai ${POSITION}.`);
  await expect(row.getByTestId('org-position-holder')).toHaveText(`${OFFICIAL.name} · NIP ${OFFICIAL.nip}`);

  // The bidang's scorecard: prefilled name and 30/20/30/20 weights; a sum other than 100 is
  // refused next to the weights.
  const scorecardForm = page.getByTestId('org-scorecard-form');
  const scorecardName = `Kartu Kinerja ${DIVISION.shortName} ${year}`;
  await expect(scorecardForm.getByLabel('Nama kartu kinerja')).toHaveValue(scorecardName);
  const total = scorecardForm.getByTestId('org-weight-total');
  await expect(total).toHaveText('Jumlah bobot: 100 dari 100');
  const stakeholder = scorecardForm.getByLabel('Pemangku Kepentingan');
  await stakeholder.fill('35');
  await expect(total).toHaveText('Jumlah bobot: 105 dari 100');
  await scorecardForm.getByRole('button', { name: `Buat kartu kinerja ${year}` }).click();
  await expect(scorecardForm.getByTestId('org-error-weights')).toHaveText(
    'Jumlah bobot keempat perspektif harus 100.',
  );
  await expect(stakeholder).toHaveAttribute('aria-invalid', 'true');
  await stakeholder.fill('30');
  await scorecardForm.getByRole('button', { name: `Buat kartu kinerja ${year}` }).click();
  await expect(done).toHaveText(`${scorecardName} telah dibuat.`);
  await expect(page.getByTestId('org-detail').getByTestId('org-scorecard')).toContainText(scorecardName);
  await expect(page.getByRole('link', { name: 'Kelola sasaran dan peta strategi' })).toHaveAttribute(
    'href',
    '/admin/scorecards',
  );

  // All of it is stored.
  const opd = (await provinceState(api.baseURL)).opds.find((o) => o.code === OPD.code);
  expect(opd).toMatchObject({ name: OPD.name, scorecard: null });
  expect(opd!.children).toEqual([
    {
      code: DIVISION.code,
      name: DIVISION.name,
      scorecard: { name: scorecardName },
      positions: [{ title: POSITION, level: 'ADMINISTRATOR', holder: OFFICIAL }],
    },
  ]);

  // A scorecard made by mistake goes again while it has no objectives; Dinas Kesehatan's, which has
  // objectives, stays and the refusal says why.
  const cardDeletion = page.getByTestId('org-node-scorecard').getByTestId('org-scorecard-delete');
  await cardDeletion.getByRole('button', { name: 'Hapus kartu kinerja' }).click();
  await cardDeletion.getByRole('button', { name: 'Ya, hapus kartu kinerja' }).click();
  await expect(done).toHaveText(`${scorecardName} telah dihapus.`);
  await expect(scorecardForm).toBeVisible();
  await selectNode(page, 'Dinas Kesehatan');
  await cardDeletion.getByRole('button', { name: 'Hapus kartu kinerja' }).click();
  await cardDeletion.getByRole('button', { name: 'Ya, hapus kartu kinerja' }).click();
  await expect(cardDeletion.getByTestId('org-scorecard-delete-error')).toHaveText(
    /^Kartu kinerja ini sudah memiliki \d+ sasaran; hapus dulu sasarannya di halaman Kartu kinerja\.$/,
  );
  const afterDeletion = await provinceState(api.baseURL);
  expect(afterDeletion.opds.find((o) => o.code === OPD.code)!.children[0]!.scorecard).toBeNull();
  expect(afterDeletion.opds.find((o) => o.name === 'Dinas Kesehatan')!.scorecard).not.toBeNull();

  // The OPD still has its bidang: the deletion is refused, saying what is left.
  await selectNode(page, OPD.name);
  const deletion = page.getByTestId('org-unit-delete');
  await deletion.getByRole('button', { name: 'Hapus unit' }).click();
  await deletion.getByRole('button', { name: 'Ya, hapus unit' }).click();
  await expect(deletion.getByTestId('org-delete-error')).toHaveText(
    /^Unit ini masih memiliki .*1 subunit.*; kosongkan dulu sebelum menghapusnya\.$/,
  );
  await expect(treeNode(page, OPD.name)).toBeVisible();
  expect((await provinceState(api.baseURL)).opds.map((o) => o.code)).toContain(OPD.code);
  expect(await seriousViolations(page)).toEqual([]);
});

test('on a phone the tree opens with the keyboard, shows the chosen unit and fits the screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openOrgPage(page);
  const tree = page.getByTestId('org-tree');
  await expect(tree.getByRole('button', { name: `Unit di bawah ${PROVINCE}` })).toHaveAttribute(
    'aria-expanded',
    'true',
  );

  const toggle = tree.getByRole('button', { name: 'Unit di bawah Dinas Kesehatan' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');

  // The first bidang of Dinas Kesehatan, chosen with the keyboard, fills the detail panel.
  const branch = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
  const bidang = branch.getByTestId('org-tree-node').first();
  await expect(bidang).toBeVisible();
  await bidang.focus();
  await page.keyboard.press('Enter');
  await expect(bidang).toHaveAttribute('aria-current', 'true');
  // The detail is under the tree on a phone: the keyboard moves to its heading.
  await expect(page.getByTestId('org-detail').getByRole('heading', { level: 3 })).toBeFocused();
  await expect(page.getByTestId('org-detail')).toHaveAttribute(
    'data-node-id',
    (await bidang.getAttribute('data-node-id'))!,
  );
  await expect(page.getByTestId('org-detail-path')).toContainText('Dikes');

  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);
});
