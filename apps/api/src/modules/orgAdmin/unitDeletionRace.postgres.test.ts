// A position added to a unit at the very moment the unit is deleted: the insert waits on the
// unit's row lock, then finds the unit gone. The administrator is told the unit was not found
// (field and rule), not given an internal error, and no position is left behind. Needs a second
// connection holding the lock, so it runs in the PostgreSQL pass only.
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { toGlobalId } from '../../ids';
import { gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';

const CREATE_UNIT = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`;
const CREATE_POSITION = `mutation($input: CreatePositionInput!) { createPosition(input: $input) { id } }`;

let t: TestServer;
let admin: string;
let locker: pg.Client;

beforeAll(async () => {
  t = await startTestServer();
  admin = await loginAs(t.base, 'superadmin');
  locker = new pg.Client({ connectionString: t.db.url! });
  await locker.connect();
});

afterAll(async () => {
  await locker?.end();
  await t?.stop();
});

it('refuses a position for a unit deleted while it was being added, as orgUnitId notFound', async () => {
  const province = await t.db.prisma.tenant.findFirstOrThrow({ where: { kind: 'PROVINCE' } });
  const unit = await gql<{ createOrgUnit: { id: string } }>(
    t.base,
    CREATE_UNIT,
    {
      input: {
        parentId: toGlobalId('Tenant', province.id),
        code: 'RACE-OPD',
        name: 'Dinas Uji Balapan',
        shortName: 'Balapan',
      },
    },
    admin,
  );
  const unitId = unit.data!.createOrgUnit.id;
  const rowId = unitId.replace(/^OrgUnit:/, '');

  // Another administrator's deletion has the unit locked when the position arrives.
  await locker.query('BEGIN');
  await locker.query('SELECT 1 FROM "OrgUnit" WHERE id = $1 FOR UPDATE', [rowId]);
  const adding = gql(
    t.base,
    CREATE_POSITION,
    { input: { orgUnitId: unitId, title: 'Kepala Dinas Uji Balapan', level: 'JPT' } },
    admin,
  );
  // Wait until the insert is blocked on that lock, so the race is certain, not likely.
  for (let attempt = 0; ; attempt++) {
    if (attempt === 600)
      throw new Error(`createPosition never waited on the lock: ${JSON.stringify(await adding)}`);
    const { rows } = await locker.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
       WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
    );
    if (rows[0]!.waiting > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await locker.query('DELETE FROM "ScopeMonthStats" WHERE "scopeId" = $1', [rowId]);
  await locker.query('DELETE FROM "OrgUnit" WHERE id = $1', [rowId]);
  await locker.query('COMMIT');

  const res = await adding;
  expect(res.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'orgUnitId',
    rule: 'notFound',
  });
  expect(await t.db.prisma.position.count({ where: { orgUnitId: rowId } })).toBe(0);
});
