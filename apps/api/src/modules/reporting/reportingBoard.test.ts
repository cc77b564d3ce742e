// The "belum melapor" board over the real server on the demo province: per OPD the indicators due
// in the period and where their values stand, moved by a save, a submit and a verification; the
// operators and unit head responsible; scope-checked like the drill-down; a fixed number of
// statements whatever the number of OPDs; the stored counts behind it equal a fresh computation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDueMonth, type Frequency } from '@ekinerja/scoring';
import { toGlobalId } from '../../ids';
import { DEMO_YEAR, gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';
import { saveMeasurement, SUBMIT, verify, type Slot } from '../../testing/workflow';
import { refreshBoardCounts } from './providers/boardCounts';
import type { BoardCounts } from './providers/reportingBoard';

const BOARD = `query($s: ID!, $y: Int!, $m: Int!) { reportingBoard(scopeId: $s, year: $y, month: $m) {
  year month rows { scope { __typename ... on OrgUnit { id code } ... on Tenant { id code } }
  due saved submitted verified rejected late complete operators unitHeads } } }`;

interface Row extends BoardCounts {
  scope: { __typename: string; id: string; code: string };
  complete: boolean;
  operators: string[];
  unitHeads: string[];
}

const MONTH = 10;
// 20 November WITA: October's reports were due on 10 November (the default calendar).
const NOW = new Date(Date.UTC(DEMO_YEAR, 10, 20, 4));

let t: TestServer;
let leader: string;
let head: string;
let operator: string;
let pupr: string;
let province: string;
let dikes: { id: string; global: string };
let slot: Slot;

async function board(scopeId: string, token: string) {
  const res = await gql<{ reportingBoard: { rows: Row[] } }>(
    t.base,
    BOARD,
    { s: scopeId, y: DEMO_YEAR, m: MONTH },
    token,
  );
  return res;
}

async function dikesRow(): Promise<Row> {
  const res = await board(province, leader);
  expect(res.errors).toBeUndefined();
  const row = res.data!.reportingBoard.rows.find((r) => r.scope.id === dikes.global);
  if (!row) throw new Error('no Dikes row');
  return row;
}

/** The same counts straight from the rows, for one OPD: what the board must agree with. */
async function countsFromRows(opdId: string) {
  const indicators = await t.db.prisma.indicator.findMany({
    where: { orgUnit: { ancestorIds: { has: opdId } }, objective: { scorecard: { year: DEMO_YEAR } } },
    select: { frequency: true, measurements: { where: { year: DEMO_YEAR, month: MONTH } } },
  });
  const due = indicators.filter((i) => isDueMonth(i.frequency as Frequency, MONTH));
  const status = (s: string) => due.filter((i) => i.measurements[0]?.status === s).length;
  return {
    due: due.length,
    saved: status('DRAFT'),
    submitted: status('SUBMITTED'),
    verified: status('VERIFIED'),
    rejected: status('REJECTED'),
  };
}

beforeAll(async () => {
  t = await startTestServer({ clock: () => NOW });
  [leader, head, operator, pupr] = await Promise.all([
    loginAs(t.base, 'gubernur'),
    loginAs(t.base, 'kadis-kesehatan'),
    loginAs(t.base, 'operator-kesehatan'),
    loginAs(t.base, 'operator-pupr'),
  ]);
  province = toGlobalId('Tenant', (await t.db.prisma.tenant.findUniqueOrThrow({ where: { code: '52' } })).id);
  const user = await t.db.prisma.user.findUniqueOrThrow({ where: { username: 'operator-kesehatan' } });
  const [free] = await t.db.prisma.$queryRaw<(Slot & { opdId: string })[]>`
    SELECT t."indicatorId", t.month, u."ancestorIds"[2] AS "opdId" FROM "Target" t
    JOIN "IndicatorOperator" o ON o."indicatorId" = t."indicatorId" AND o."userId" = ${user.id}::uuid
    JOIN "Indicator" i ON i.id = t."indicatorId"
    JOIN "OrgUnit" u ON u.id = i."orgUnitId"
    LEFT JOIN "Measurement" m ON m."indicatorId" = t."indicatorId" AND m.year = t.year AND m.month = t.month
    WHERE t.year = ${DEMO_YEAR} AND t.month = ${MONTH} AND m.id IS NULL
    ORDER BY t."indicatorId" LIMIT 1`;
  if (!free) throw new Error('no free slot in the month');
  slot = { indicatorId: free.indicatorId, month: free.month };
  dikes = { id: free.opdId, global: toGlobalId('OrgUnit', free.opdId) };
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('belum melapor board', () => {
  it('counts every OPD of the province in a fixed number of statements, agreeing with the rows', async () => {
    const opds = await t.db.prisma.orgUnit.count({ where: { kind: 'OPD' } });
    expect(opds).toBeGreaterThan(10);
    t.sql.length = 0;
    const res = await board(province, leader);
    expect(res.errors).toBeUndefined();
    expect(t.sql.length).toBeLessThanOrEqual(12);
    const rows = res.data!.reportingBoard.rows;
    expect(rows.length).toBeGreaterThan(10);
    const row = await dikesRow();
    expect(row).toMatchObject(await countsFromRows(dikes.id));
    // Nothing of October was verified on time once 10 November has passed: all not yet verified are late.
    expect(row.late).toBeGreaterThanOrEqual(row.due - row.verified);
    expect(row.complete).toBe(false);
    expect(row.operators).toContain('Operator Dinas Kesehatan');
    expect(row.unitHeads).toContain('Kepala Dinas Kesehatan');
  });

  it('moves the OPD counts with a save, a submit and a verification', async () => {
    const before = await dikesRow();
    const saved = await saveMeasurement(t.base, operator, slot, 42);
    expect(saved.errors).toBeUndefined();
    const afterSave = await dikesRow();
    expect(afterSave).toMatchObject({ due: before.due, saved: before.saved + 1, late: before.late });

    const id = saved.data!.saveMeasurement.measurement.id;
    const submitted = await gql(
      t.base,
      SUBMIT,
      { input: { measurementId: id, expectedVersion: 1 } },
      operator,
    );
    expect(submitted.errors).toBeUndefined();
    expect(await dikesRow()).toMatchObject({ saved: before.saved, submitted: before.submitted + 1 });

    await verify(t.base, head, id);
    const afterVerify = await dikesRow();
    expect(afterVerify).toMatchObject({
      saved: before.saved,
      submitted: before.submitted,
      verified: before.verified + 1,
      // Verified after its deadline: still late.
      late: before.late,
    });
    expect(afterVerify).toMatchObject(await countsFromRows(dikes.id));
  });

  it('keeps stored counts equal to counts computed afresh after the writes', async () => {
    const stored = () =>
      t.db.prisma.boardCount.findMany({
        where: { year: DEMO_YEAR },
        orderBy: [{ ownerId: 'asc' }, { month: 'asc' }, { frequency: 'asc' }],
      });
    const before = await stored();
    expect(before.length).toBeGreaterThan(0);
    const tenants = await t.db.prisma.tenant.findMany({ select: { id: true } });
    await t.db.prisma.$transaction(async (tx) => {
      for (const { id } of tenants) await refreshBoardCounts(tx, { tenantId: id, year: DEMO_YEAR });
    });
    const sorted = (rows: Awaited<ReturnType<typeof stored>>) =>
      rows.map((r) => ({ ...r, operatorIds: [...r.operatorIds].sort() }));
    expect(sorted(await stored())).toEqual(sorted(before));
  });

  it("shows a unit head only their OPD's rows, and refuses a scope the viewer cannot read", async () => {
    const own = await board(dikes.global, head);
    expect(own.errors).toBeUndefined();
    const rows = own.data!.reportingBoard.rows;
    expect(rows.length).toBeGreaterThan(0);
    const units = await t.db.prisma.orgUnit.findMany({
      where: { ancestorIds: { has: dikes.id } },
      select: { id: true },
    });
    const inside = new Set(units.map((u) => toGlobalId('OrgUnit', u.id)));
    expect(rows.every((r) => inside.has(r.scope.id))).toBe(true);
    // The sub-units' rows add up to the OPD's row on the province's board.
    const total = rows.reduce((sum, r) => sum + r.due, 0);
    expect(total).toBe((await dikesRow()).due);

    const other = await board(dikes.global, pupr);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The province's wall device reads the board for its panel.
    const onWall = await board(province, t.wallToken);
    expect(onWall.errors).toBeUndefined();
    expect(onWall.data!.reportingBoard.rows.map((r) => r.scope.id)).toContain(dikes.global);
    // A unit head's grant covers their OPD, not the province around it.
    expect((await board(province, head)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
