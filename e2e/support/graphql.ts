// The API as a script would use it: log in, ask, and push a value through the workflow, so tests
// can change figures while a browser watches.
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

export async function login(baseURL: string, username: string): Promise<string> {
  const data = await gql<{ login: { token: string } }>(
    baseURL,
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: username, p: DEMO_PASSWORD },
  );
  return data.login.token;
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
  owner: { id: string; name: string; kind: string };
  measurement: { id: string; version: number; status: string } | null;
}

/**
 * One of Dinas Kesehatan's own indicators (on the OPD's scorecard, not a bidang's) in the current
 * month with a target and no value yet: reporting it moves the OPD's score, and with it the
 * province's ranking.
 */
export async function openDikesTask(
  baseURL: string,
  operatorToken: string,
): Promise<Task & { target: number }> {
  const { year, month } = currentPeriod();
  const { myTasks } = await gql<{ myTasks: { indicators: Task[] } }>(
    baseURL,
    `query($y: Int!, $m: Int!) { myTasks(year: $y, month: $m) { indicators {
      indicatorId month target owner { ... on OrgUnit { id name kind } } measurement { id version status } } } }`,
    { y: year, m: month },
    operatorToken,
  );
  const task = myTasks.indicators.find((t) => !t.measurement && t.target !== null && t.owner.kind === 'OPD');
  if (!task) throw new Error('no open Dinas Kesehatan indicator left this month');
  return task as Task & { target: number };
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
