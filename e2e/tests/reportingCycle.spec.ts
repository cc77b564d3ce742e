// The reporting cycle from deadline to the leader's desk: a missed deadline reaches the operator's
// bell; the leader follows an indicator; the leader's "belum melapor" board lists the OPD; the
// operator reports the last value of a unit (red, so with its written analysis), the head
// verifies it, and the unit's row turns complete on the leader's open board without a reload.
import type { Browser, Page } from '@playwright/test';
import { ANALYSIS, fillAnalysis, redValueFor } from '../support/analysis';
import { expect, test } from '../support/fixtures';
import { currentPeriod, gql, login } from '../support/graphql';
import { logIn } from '../support/logIn';

interface BoardRow {
  scope: { id: string; name: string };
  due: number;
  verified: number;
  complete: boolean;
}

interface MonthTask {
  indicatorId: string;
  target: number | null;
  polarity: string;
  owner: { id?: string };
  measurement: { id: string; version: number; status: string } | null;
}

const CALENDAR = `query($t: ID!) { tenantSettings(tenantId: $t) { reportingCalendar { frequency openDay dueDay graceDays } } }`;
const SET_CALENDAR = `mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { seq } }`;

/** Today's day of the month in WITA, the province's zone. */
function todayInWita(): number {
  return Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Asia/Makassar', day: 'numeric' }).format(new Date()),
  );
}

async function pageAs(
  browser: Browser,
  username: string,
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await logIn(page, username);
  return page;
}

async function boardRows(baseURL: string, token: string, scopeId: string): Promise<BoardRow[]> {
  const { year, month } = currentPeriod();
  const { reportingBoard } = await gql<{ reportingBoard: { rows: BoardRow[] } }>(
    baseURL,
    `query($s: ID!, $y: Int!, $m: Int!) { reportingBoard(scopeId: $s, year: $y, month: $m) {
      rows { scope { ... on OrgUnit { id name } } due verified complete } } }`,
    { s: scopeId, y: year, m: month },
    token,
  );
  return reportingBoard.rows;
}

async function monthTasks(baseURL: string, operator: string): Promise<MonthTask[]> {
  const { year, month } = currentPeriod();
  const { myTasks } = await gql<{ myTasks: { indicators: MonthTask[] } }>(
    baseURL,
    `query($y: Int!, $m: Int!) { myTasks(year: $y, month: $m) { indicators {
      indicatorId target polarity owner { ... on OrgUnit { id } } measurement { id version status } } } }`,
    { y: year, m: month },
    operator,
  );
  return myTasks.indicators;
}

/** Saves, submits and verifies a value on target through the API, as the two people would. */
async function reportOnTarget(baseURL: string, operator: string, head: string, task: MonthTask) {
  const { year, month } = currentPeriod();
  const saved = await gql<{
    saveMeasurement: { measurement: { id: string; version: number; status: string } };
  }>(
    baseURL,
    `mutation($input: SaveMeasurementInput!) { saveMeasurement(input: $input) { measurement { id version status } } }`,
    {
      input: {
        indicatorId: task.indicatorId,
        year,
        month,
        value: task.target ?? 1,
        analysis: ANALYSIS,
        expectedVersion: task.measurement?.version ?? 0,
      },
    },
    operator,
  );
  const { id, version } = saved.saveMeasurement.measurement;
  await gql(
    baseURL,
    `mutation($input: MeasurementStepInput!) { submitMeasurement(input: $input) { seq } }`,
    { input: { measurementId: id, expectedVersion: version } },
    operator,
  );
  await gql(
    baseURL,
    `mutation($input: MeasurementStepInput!) { verifyMeasurement(input: $input) { seq } }`,
    { input: { measurementId: id, expectedVersion: version + 1 } },
    head,
  );
}

test('a missed deadline reaches the bell, and the board follows a unit to complete without a reload', async ({
  browser,
  api,
}) => {
  test.setTimeout(180_000);
  const admin = await login(api.baseURL, 'superadmin');
  const operator = await login(api.baseURL, 'operator-kesehatan');
  const head = await login(api.baseURL, 'kadis-kesehatan');
  const { tenants } = await gql<{ tenants: { id: string }[] }>(api.baseURL, '{ tenants { id } }', {}, admin);
  const tenantId = tenants[0]!.id;
  const { tenantSettings } = await gql<{
    tenantSettings: {
      reportingCalendar: { frequency: string; openDay: number; dueDay: number; graceDays: number | null }[];
    };
  }>(api.baseURL, CALENDAR, { t: tenantId }, admin);
  const monthly = tenantSettings.reportingCalendar.find((r) => r.frequency === 'MONTHLY')!;

  // Last month's reports fall due yesterday (today, on the 1st): the next reminder run tells the
  // operators who are behind.
  const today = todayInWita();
  const dueDay = Math.max(1, today - 1);
  await gql(
    api.baseURL,
    SET_CALENDAR,
    {
      input: { tenantId, reportingCalendar: [{ frequency: 'MONTHLY', openDay: 1, dueDay, graceDays: null }] },
    },
    admin,
  );
  try {
    const phone = await pageAs(browser, 'operator-kesehatan', { width: 390, height: 844 });
    const bell = phone.getByTestId('notification-bell');
    await expect(bell).not.toHaveAttribute('data-unread', '0', { timeout: 60_000 });
    await bell.click();
    const kind = today > 1 ? 'OVERDUE' : 'DUE_TODAY';
    await expect(
      phone.getByTestId('notification-list').locator(`[data-kind="${kind}"]`).first(),
    ).toBeVisible();

    // The leader's board for Dinas Kesehatan this month, open on a desk.
    const { me } = await gql<{ me: { roles: { scope: { id: string } }[] } }>(
      api.baseURL,
      '{ me { roles { scope { ... on OrgUnit { id } } } } }',
      {},
      operator,
    );
    const dikes = me.roles[0]!.scope.id;
    const rows = await boardRows(api.baseURL, head, dikes);
    // The unit closest to complete that the operator reports: every value but one goes up through
    // the API; the last one through the phone.
    const tasks = await monthTasks(api.baseURL, operator);
    const open = (row: BoardRow) =>
      tasks.filter(
        (t) => t.owner.id === row.scope.id && t.target !== null && t.measurement?.status !== 'VERIFIED',
      );
    // A bidang's or seksi's row (each board row counts the unit's own indicators, or its
    // sub-units'), never the OPD's own: the wall tests need the OPD's free indicators.
    const candidates: { board: string; row: BoardRow }[] = [];
    for (const bidang of rows.filter((r) => r.scope.id !== dikes))
      for (const r of await boardRows(api.baseURL, head, bidang.scope.id))
        candidates.push({ board: bidang.scope.id, row: r });
    const pick = candidates
      .filter(({ row: r }) => !r.complete && open(r).length > 0 && open(r).length === r.due - r.verified)
      .sort((x, y) => open(x.row).length - open(y.row).length)[0];
    expect(pick, 'a unit the operator can complete').toBeDefined();
    const { board, row } = pick!;
    const [last, ...others] = open(row);
    for (const task of others) await reportOnTarget(api.baseURL, operator, head, task);

    const sekda = await pageAs(browser, 'sekda');
    // The Sekda follows the indicator, to be told should it turn red; the choice outlives a reload.
    await sekda.goto(`/indicator/${encodeURIComponent(last!.indicatorId)}`);
    const follow = sekda.getByTestId('follow-indicator');
    await expect(follow).toHaveAttribute('aria-pressed', 'false');
    await follow.click();
    await expect(follow).toHaveAttribute('aria-pressed', 'true');
    await sekda.reload();
    await expect(sekda.getByTestId('follow-indicator')).toHaveAttribute('aria-pressed', 'true');
    await expect(sekda.getByText('Anda akan diberi tahu bila indikator ini menjadi merah.')).toBeVisible();

    const { year, month } = currentPeriod();
    await sekda.goto(`/board/${board}?periode=${year}-${String(month).padStart(2, '0')}`);
    const boardRow = sekda
      .getByTestId('board-row')
      .filter({ has: sekda.getByRole('rowheader', { name: row.scope.name, exact: true }) });
    await expect(boardRow).toHaveAttribute('data-complete', 'false');
    let loads = 0;
    sekda.on('load', () => (loads += 1));

    // The last value, red, from the phone: refused without its analysis, then sent with it.
    await phone.goto('/entry');
    const card = phone.locator(`[data-testid="entry-task"][data-indicator-id="${last!.indicatorId}"]`);
    await card.locator('h3 button').click();
    const red = redValueFor({ target: last!.target!, polarity: last!.polarity });
    await card.getByLabel(/^Realisasi \(/).fill(String(red).replace('.', ','));
    await card.getByRole('button', { name: 'Simpan dan ajukan' }).click();
    await expect(card.getByTestId('entry-error-analysis')).toBeVisible();
    await fillAnalysis(card);
    await card.getByRole('button', { name: 'Simpan dan ajukan' }).click();
    await expect(card).toHaveAttribute('data-status', 'SUBMITTED');

    const desk = await pageAs(browser, 'kadis-kesehatan');
    await desk.getByRole('link', { name: 'Verifikasi' }).click();
    const item = desk.locator(
      `[data-testid="verify-item"][data-indicator-id="${last!.indicatorId}"][data-month="${month}"]`,
    );
    await expect(item.getByTestId('verify-analysis')).toContainText(ANALYSIS.obstacles);
    await item.getByTestId('verify-approve').click();

    await expect(boardRow).toHaveAttribute('data-complete', 'true');
    expect(loads).toBe(0);
  } finally {
    await gql(api.baseURL, SET_CALENDAR, { input: { tenantId, reportingCalendar: [monthly] } }, admin);
  }
});
