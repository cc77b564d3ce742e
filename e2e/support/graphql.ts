// The API as a script would use it: log in, ask, and push a value through the workflow, so tests
// can change figures while a browser watches.
import { ANALYSIS } from './analysis';

export const DEMO_PASSWORD = 'demo-ntb-gemilang';

export async function gql<T>(
  baseURL: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await fetch(`${baseURL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const sessions = new Map<string, Promise<string>>();

/**
 * A session token for a demo user, one per user and server: the API limits login attempts per
 * account, and a suite that logged in for every query would be locked out.
 */
export function login(baseURL: string, username: string): Promise<string> {
  const key = `${baseURL} ${username}`;
  let token = sessions.get(key);
  if (!token) {
    token = gql<{ login: { token: string } }>(
      baseURL,
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: DEMO_PASSWORD },
    ).then((data) => data.login.token);
    token.catch(() => sessions.delete(key));
    sessions.set(key, token);
  }
  return token;
}

/** The current year and month in WITA, as the wall shows them. */
export function currentPeriod(now = new Date()): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone: 'Asia/Makassar',
    year: 'numeric',
    month: 'numeric',
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: get('year'), month: get('month') };
}

interface Task {
  indicatorId: string;
  month: number;
  target: number | null;
  polarity: string;
  owner: { id: string; name: string; kind: string };
  measurement: { id: string; version: number; status: string } | null;
}

/**
 * Dinas Kesehatan's indicators in the current month with a target and no value yet. By default
 * the OPD's own (on its scorecard, not a bidang's): reporting one moves the OPD's score, and with
 * it the province's ranking. There are few of those, so tests that do not watch the OPD's score
 * take a bidang's or seksi's (`opdOwned: false`).
 */
export async function openDikesTasks(
  baseURL: string,
  operatorToken: string,
  count: number,
  { opdOwned = true }: { opdOwned?: boolean } = {},
): Promise<(Task & { target: number })[]> {
  const { year, month } = currentPeriod();
  const { myTasks } = await gql<{ myTasks: { indicators: Task[] } }>(
    baseURL,
    `query($y: Int!, $m: Int!) { myTasks(year: $y, month: $m) { indicators {
      indicatorId month target polarity owner { ... on OrgUnit { id name kind } } measurement { id version status } } } }`,
    { y: year, m: month },
    operatorToken,
  );
  const open = myTasks.indicators.filter(
    (t) => !t.measurement && t.target !== null && (t.owner.kind === 'OPD') === opdOwned,
  );
  if (open.length < count)
    throw new Error(`only ${open.length} open Dinas Kesehatan indicators left this month`);
  return open.slice(0, count) as (Task & { target: number })[];
}

export async function openDikesTask(
  baseURL: string,
  operatorToken: string,
  options: { opdOwned?: boolean } = {},
): Promise<Task & { target: number }> {
  return (await openDikesTasks(baseURL, operatorToken, 1, options))[0]!;
}

export interface IndicatorMonthState {
  realisation: number | null;
  status: string | null;
  version: number | null;
  note: string | null;
  revisions: { version: number; value: number; previousValue: number | null }[];
}

/** An indicator's current month as the API stores it. */
export async function indicatorMonth(baseURL: string, indicatorId: string): Promise<IndicatorMonthState> {
  const { year, month } = currentPeriod();
  const { node } = await gql<{ node: { months: (IndicatorMonthState & { month: number })[] } }>(
    baseURL,
    `query($id: ID!, $y: Int!) { node(id: $id) { ... on Indicator { months(year: $y) {
      month realisation status version note revisions { version value previousValue } } } } }`,
    { id: indicatorId, y: year },
    await login(baseURL, 'kadis-kesehatan'),
  );
  return node.months.find((m) => m.month === month)!;
}

/** Reports and verifies a value for an open Dinas Kesehatan task; returns the change's sequence number. */
export async function verifyNewValue(baseURL: string, ratioOfTarget: number): Promise<string> {
  const { year, month } = currentPeriod();
  const operator = await login(baseURL, 'operator-kesehatan');
  const head = await login(baseURL, 'kadis-kesehatan');
  const task = await openDikesTask(baseURL, operator);
  const saved = await gql<{ saveMeasurement: { measurement: { id: string } } }>(
    baseURL,
    `mutation($input: SaveMeasurementInput!) { saveMeasurement(input: $input) { measurement { id } } }`,
    {
      input: {
        indicatorId: task.indicatorId,
        year,
        month,
        value: Math.round(task.target * ratioOfTarget * 100) / 100,
        // Short of target (either way, by the polarity), a value goes up only with its analysis.
        analysis: ANALYSIS,
      },
    },
    operator,
  );
  const measurementId = saved.saveMeasurement.measurement.id;
  await gql(
    baseURL,
    `mutation($input: MeasurementStepInput!) { submitMeasurement(input: $input) { seq } }`,
    { input: { measurementId, expectedVersion: 1 } },
    operator,
  );
  const verified = await gql<{ verifyMeasurement: { seq: string } }>(
    baseURL,
    `mutation($input: MeasurementStepInput!) { verifyMeasurement(input: $input) { seq } }`,
    { input: { measurementId, expectedVersion: 2 } },
    head,
  );
  return verified.verifyMeasurement.seq;
}
