// Separation of duties over the real server: a user who holds both OPERATOR and UNIT_HEAD on Dinas
// Kesehatan submits a value and is refused when verifying or rejecting it (alone or in a batch),
// with nothing written; another unit head verifies it, and the same user still verifies values
// someone else submitted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, toGlobalId } from '../../ids';
import { gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';
import { enterAndSubmit, freeSlots, verify, VERIFY, type Slot } from '../../testing/workflow';

const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const ASSIGN = `mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }`;
const UPDATE_INDICATOR = `mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { seq } }`;
const REJECT = `mutation($input: RejectMeasurementInput!) {
  rejectMeasurement(input: $input) { measurement { id status } } }`;
const VERIFY_MANY = `mutation($input: VerifyMeasurementsInput!) {
  verifyMeasurements(input: $input) { measurement { id status } } }`;
const PASSWORD = 'rahasia-ganda-2026';
/** The fields updateIndicator takes besides its id and operators, kept as they are. */
const EDITABLE = [
  'code',
  'name',
  'unit',
  'polarity',
  'minimizeFormula',
  'aggregation',
  'frequency',
  'weight',
] as const;

let t: TestServer;
let dual: string;
let slots: Slot[];

async function stateOf(measurementId: string) {
  const [row, events] = await Promise.all([
    t.db.prisma.measurement.findUniqueOrThrow({ where: { id: idOf('Measurement', measurementId, 'id') } }),
    t.db.prisma.changeEvent.count(),
  ]);
  return { status: row.status, version: row.version, verifiedById: row.verifiedById, events };
}

beforeAll(async () => {
  t = await startTestServer();
  const admin = await loginAs(t.base, 'superadmin');
  const dikes = await t.db.prisma.orgUnit.findFirstOrThrow({
    where: { kind: 'OPD', name: 'Dinas Kesehatan' },
  });
  const dikesId = toGlobalId('OrgUnit', dikes.id);
  const created = await gql<{ createUser: { id: string } }>(
    t.base,
    CREATE,
    {
      input: {
        username: 'operator-kepala-dikes',
        displayName: 'Operator sekaligus Kepala Dinas Kesehatan',
        password: PASSWORD,
        role: 'OPERATOR',
        scopeId: dikesId,
      },
    },
    admin,
  );
  const userId = created.data!.createUser.id;
  const assigned = await gql(
    t.base,
    ASSIGN,
    { input: { userId, role: 'UNIT_HEAD', scopeId: dikesId } },
    admin,
  );
  expect(assigned.errors).toBeUndefined();
  slots = await freeSlots(t.db.prisma, 3, dikes.id);
  // The new user reports the indicators of these slots beside their usual operators.
  for (const indicatorId of new Set(slots.map((s) => s.indicatorId))) {
    const indicator = await t.db.prisma.indicator.findUniqueOrThrow({
      where: { id: indicatorId },
      include: { operators: true },
    });
    const res = await gql(
      t.base,
      UPDATE_INDICATOR,
      {
        input: {
          indicatorId: toGlobalId('Indicator', indicator.id),
          ...Object.fromEntries(EDITABLE.map((key) => [key, indicator[key]])),
          operatorIds: [...indicator.operators.map((o) => toGlobalId('User', o.userId)), userId],
        },
      },
      admin,
    );
    expect(res.errors).toBeUndefined();
  }
  const login = await gql<{ login: { token: string } }>(
    t.base,
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: 'operator-kepala-dikes', p: PASSWORD },
  );
  dual = login.data!.login.token;
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('separation of duties', () => {
  it('refuses to let the submitter verify or reject their own value, whatever roles they hold', async () => {
    const id = await enterAndSubmit(t.base, dual, slots[0]!, 91.5);
    const before = await stateOf(id);
    expect(before.status).toBe('SUBMITTED');

    const verified = await gql(t.base, VERIFY, { input: { measurementId: id, expectedVersion: 2 } }, dual);
    expect(verified.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'measurementId',
      rule: 'ownSubmission',
    });
    const rejected = await gql(
      t.base,
      REJECT,
      { input: { measurementId: id, expectedVersion: 2, reason: 'Data belum lengkap' } },
      dual,
    );
    expect(rejected.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'measurementId',
      rule: 'ownSubmission',
    });
    expect(await stateOf(id)).toEqual(before);

    // Another unit head of the same OPD verifies it.
    const head = await loginAs(t.base, 'kadis-kesehatan');
    const done = await verify(t.base, head, id);
    expect(done.measurement.status).toBe('VERIFIED');
  });

  it('refuses a batch holding one of their own values and verifies none of it', async () => {
    const operator = await loginAs(t.base, 'operator-kesehatan');
    const theirs = await enterAndSubmit(t.base, operator, slots[1]!, 80);
    const own = await enterAndSubmit(t.base, dual, slots[2]!, 70);
    const before = [await stateOf(theirs), await stateOf(own)];
    const batch = await gql(
      t.base,
      VERIFY_MANY,
      {
        input: {
          items: [
            { measurementId: theirs, expectedVersion: 2 },
            { measurementId: own, expectedVersion: 2 },
          ],
        },
      },
      dual,
    );
    expect(batch.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'items.1.measurementId',
      rule: 'ownSubmission',
    });
    expect([await stateOf(theirs), await stateOf(own)]).toEqual(before);

    // A value someone else submitted is theirs to verify as unit head.
    const done = await verify(t.base, dual, theirs);
    expect(done.measurement.status).toBe('VERIFIED');
  });
});
