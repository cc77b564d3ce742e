// The reporting calendar over the real server, with the clock set by the test: the operator's
// inbox tells where a period stands (window not open yet, open, grace, locked, reopened); a save
// of a value or of the month's budget realisation into a locked period is refused naming the field
// and the rule with nothing written; an administrator reopens one OPD's period with a reason the
// audit log keeps, and the other OPDs' periods stay locked; a calendar that breaks a rule is
// refused naming the field, nothing changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../ids';
import { DEMO_YEAR, gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';
import { saveMeasurement, SUBMIT, type Slot } from '../../testing/workflow';

const UPDATE = `mutation($input: UpdateTenantSettingsInput!) {
  updateTenantSettings(input: $input) { settings { reportingCalendar { frequency openDay dueDay graceDays } } } }`;
const TASKS = `query($y: Int!, $m: Int!) { myTasks(year: $y, month: $m) { indicators {
  indicatorId deadline opensAt locksAt phase late } } }`;
const QUEUE = '{ verificationQueue { measurementId deadline } }';
const BUDGET = `mutation($input: ActivityProgressInput!) {
  saveActivityProgress(input: $input) { budgetMonth { month realisedSpend version } } }`;
const REOPEN = `mutation($input: ReopenPeriodInput!) {
  reopenPeriod(input: $input) { orgUnitId year month reason reopenedBy } }`;

// Every frequency: window opens on the 1st, due on the 10th, locked after 5 days of grace.
const CALENDAR = ['MONTHLY', 'QUARTERLY', 'SEMESTER', 'YEARLY'].map((frequency) => ({
  frequency,
  openDay: 1,
  dueDay: 10,
  graceDays: 5,
}));
const MONTH = 10;
/** A moment in WITA (UTC+8) of DEMO_YEAR. */
const wita = (month: number, day: number, hour = 12) =>
  new Date(Date.UTC(DEMO_YEAR, month - 1, day, hour - 8));

let t: TestServer;
let now = wita(MONTH, 20);
let admin: string;
let head: string;
let dikes: string;
let pupr: string;
let provinceId: string;
let provinceRow: string;
let dikesOpd: string;
let dikesSlot: Slot;
let puprSlot: Slot;
/** A Dinas Kesehatan sub-activity its operator reports, with its October row's version. */
let budgetLine: { id: string; version: number };

/** An indicator-month of the operator's with a target and no value, in MONTH. */
async function freeSlotOf(username: string): Promise<Slot> {
  const user = await t.db.prisma.user.findUniqueOrThrow({ where: { username } });
  const [slot] = await t.db.prisma.$queryRaw<Slot[]>`
    SELECT t."indicatorId", t.month FROM "Target" t
    JOIN "IndicatorOperator" o ON o."indicatorId" = t."indicatorId" AND o."userId" = ${user.id}::uuid
    LEFT JOIN "Measurement" m ON m."indicatorId" = t."indicatorId" AND m.year = t.year AND m.month = t.month
    WHERE t.year = ${DEMO_YEAR} AND t.month = ${MONTH} AND m.id IS NULL AND t.value IS NOT NULL
    ORDER BY t."indicatorId" LIMIT 1`;
  if (!slot) throw new Error(`no free slot of ${username} in month ${MONTH}`);
  return slot;
}

async function taskOf(token: string, slot: Slot) {
  const res = await gql<{
    myTasks: {
      indicators: {
        indicatorId: string;
        deadline: string;
        opensAt: string;
        locksAt: string | null;
        phase: string;
        late: boolean;
      }[];
    };
  }>(t.base, TASKS, { y: DEMO_YEAR, m: slot.month }, token);
  expect(res.errors).toBeUndefined();
  const task = res.data!.myTasks.indicators.find(
    (i) => i.indicatorId === toGlobalId('Indicator', slot.indicatorId),
  );
  if (!task) throw new Error('task not in the inbox');
  return task;
}

const valuesOf = (slot: Slot) =>
  t.db.prisma.measurement.findMany({ where: { indicatorId: slot.indicatorId, year: DEMO_YEAR } });

const budgetRows = () => t.db.prisma.budgetMonth.findMany({ where: { subActivityId: budgetLine.id } });

/** The operator's October realisation of the budget line: Rp 1.000.000, physical 40 %. */
const saveBudget = () =>
  gql<{ saveActivityProgress: { budgetMonth: { month: number; realisedSpend: string } } }>(
    t.base,
    BUDGET,
    {
      input: {
        subActivityId: toGlobalId('SubActivity', budgetLine.id),
        month: MONTH,
        realisedSpend: '1000000',
        realisedPhysical: 40,
        expectedVersion: budgetLine.version,
        correctionReason: 'Koreksi uji',
      },
    },
    dikes,
  );

beforeAll(async () => {
  t = await startTestServer({ clock: () => now });
  [admin, head, dikes, pupr] = await Promise.all([
    loginAs(t.base, 'superadmin'),
    loginAs(t.base, 'kadis-kesehatan'),
    loginAs(t.base, 'operator-kesehatan'),
    loginAs(t.base, 'operator-pupr'),
  ]);
  const province = await t.db.prisma.tenant.findUniqueOrThrow({ where: { code: '52' } });
  provinceRow = province.id;
  provinceId = toGlobalId('Tenant', province.id);
  [dikesSlot, puprSlot] = await Promise.all([freeSlotOf('operator-kesehatan'), freeSlotOf('operator-pupr')]);
  const indicator = await t.db.prisma.indicator.findUniqueOrThrow({
    where: { id: dikesSlot.indicatorId },
    select: { orgUnit: { select: { ancestorIds: true } } },
  });
  dikesOpd = indicator.orgUnit!.ancestorIds[1]!;
  const operator = await t.db.prisma.user.findUniqueOrThrow({ where: { username: 'operator-kesehatan' } });
  const line = await t.db.prisma.subActivity.findFirstOrThrow({
    where: { operators: { some: { userId: operator.id } }, activity: { program: { year: DEMO_YEAR } } },
    include: { months: { where: { month: MONTH } } },
    orderBy: { id: 'asc' },
  });
  budgetLine = { id: line.id, version: line.months[0]?.version ?? 0 };
  const res = await gql(
    t.base,
    UPDATE,
    { input: { tenantId: provinceId, reportingCalendar: CALENDAR } },
    admin,
  );
  expect(res.errors).toBeUndefined();
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('reporting calendar', () => {
  it('keeps the calendar it was given, per frequency', async () => {
    const rows = await t.db.prisma.reportingCalendar.findMany({
      where: { tenantId: provinceRow },
      select: { frequency: true, openDay: true, dueDay: true, graceDays: true },
      orderBy: { frequency: 'asc' },
    });
    expect(rows).toEqual(CALENDAR);
  });

  it('shows the window not yet open during the period itself, with its days in WITA', async () => {
    now = wita(MONTH, 20);
    const task = await taskOf(dikes, dikesSlot);
    expect(task).toMatchObject({
      phase: 'NOT_OPEN',
      late: false,
      opensAt: '2026-10-31T16:00:00.000Z',
      deadline: '2026-11-10T16:00:00.000Z',
      locksAt: '2026-11-15T16:00:00.000Z',
    });
  });

  it('is open until the due day ends, then in grace and late, and a save is accepted in both', async () => {
    now = wita(MONTH + 1, 10, 23);
    expect(await taskOf(dikes, dikesSlot)).toMatchObject({ phase: 'OPEN', late: false });
    now = wita(MONTH + 1, 11, 1);
    expect(await taskOf(dikes, dikesSlot)).toMatchObject({ phase: 'GRACE', late: true });
    const saved = await saveMeasurement(t.base, dikes, dikesSlot, 50);
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveMeasurement.measurement.version).toBe(1);
  });

  it('refuses a save into the locked period naming the field and the rule, writing nothing', async () => {
    now = wita(MONTH + 1, 16, 0);
    expect(await taskOf(pupr, puprSlot)).toMatchObject({ phase: 'LOCKED', late: true });
    const before = JSON.stringify([await valuesOf(dikesSlot), await valuesOf(puprSlot)]);
    const res = await saveMeasurement(t.base, pupr, puprSlot, 70);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'PERIOD_LOCKED',
      field: 'month',
      rule: 'graceEnded',
      year: DEMO_YEAR,
      month: MONTH,
      params: { lockedAt: '2026-11-15T16:00:00.000Z' },
    });
    const again = await saveMeasurement(t.base, dikes, dikesSlot, 55, { expectedVersion: 1 });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'PERIOD_LOCKED', rule: 'graceEnded' });
    expect(JSON.stringify([await valuesOf(dikesSlot), await valuesOf(puprSlot)])).toBe(before);

    // The month's budget realisation locks with it.
    const budgetBefore = await budgetRows();
    const budget = await saveBudget();
    expect(budget.errors?.[0]?.extensions).toMatchObject({
      code: 'PERIOD_LOCKED',
      field: 'month',
      rule: 'graceEnded',
      month: MONTH,
    });
    expect(await budgetRows()).toEqual(budgetBefore);
  });

  it('lets only an administrator reopen, and only with a reason', async () => {
    const input = { orgUnitId: toGlobalId('OrgUnit', dikesOpd), year: DEMO_YEAR, month: MONTH };
    const byHead = await gql(t.base, REOPEN, { input: { ...input, reason: 'Data terlambat' } }, head);
    expect(byHead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noReason = await gql(t.base, REOPEN, { input: { ...input, reason: '  ' } }, admin);
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const division = await t.db.prisma.orgUnit.findFirstOrThrow({ where: { parentId: dikesOpd } });
    const notOpd = await gql(
      t.base,
      REOPEN,
      { input: { ...input, orgUnitId: toGlobalId('OrgUnit', division.id), reason: 'Data terlambat' } },
      admin,
    );
    expect(notOpd.errors?.[0]?.extensions).toMatchObject({ field: 'orgUnitId', rule: 'notOpd' });
    expect(await t.db.prisma.periodReopening.count()).toBe(0);
  });

  it("reopens one OPD's period with its reason in the audit log; the other OPDs' stay locked", async () => {
    const input = {
      orgUnitId: toGlobalId('OrgUnit', dikesOpd),
      year: DEMO_YEAR,
      month: MONTH,
      reason: 'Server dinas padam saat batas waktu',
    };
    const res = await gql<{ reopenPeriod: { reason: string; reopenedBy: string } }>(
      t.base,
      REOPEN,
      { input },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.reopenPeriod.reason).toBe(input.reason);

    const audit = await t.db.prisma.changeEvent.findMany({ where: { entityType: 'PeriodReopening' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'REOPENED',
      after: { year: DEMO_YEAR, month: MONTH, locked: false, reason: input.reason },
    });
    expect(audit[0]!.scopeIds).toContain(dikesOpd);

    expect(await taskOf(dikes, dikesSlot)).toMatchObject({ phase: 'REOPENED' });
    const saved = await saveMeasurement(t.base, dikes, dikesSlot, 55, { expectedVersion: 1 });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveMeasurement.measurement).toMatchObject({ value: 55, version: 2 });
    const id = saved.data!.saveMeasurement.measurement.id;
    const submitted = await gql(t.base, SUBMIT, { input: { measurementId: id, expectedVersion: 2 } }, dikes);
    expect(submitted.errors).toBeUndefined();
    // The unit head's queue shows the value's deadline by the calendar.
    const queue = await gql<{ verificationQueue: { measurementId: string; deadline: string }[] }>(
      t.base,
      QUEUE,
      {},
      head,
    );
    expect(queue.data!.verificationQueue.find((q) => q.measurementId === id)?.deadline).toBe(
      '2026-11-10T16:00:00.000Z',
    );

    const budget = await saveBudget();
    expect(budget.errors).toBeUndefined();
    expect(budget.data!.saveActivityProgress.budgetMonth).toMatchObject({
      month: MONTH,
      realisedSpend: '1000000',
    });

    expect(await taskOf(pupr, puprSlot)).toMatchObject({ phase: 'LOCKED' });
    const other = await saveMeasurement(t.base, pupr, puprSlot, 70);
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'PERIOD_LOCKED', rule: 'graceEnded' });
  });

  it('refuses a calendar that breaks a rule, naming the field and the rule, and changes nothing', async () => {
    const stored = () =>
      t.db.prisma.reportingCalendar.findMany({ orderBy: [{ tenantId: 'asc' }, { frequency: 'asc' }] });
    const before = JSON.stringify(await stored());
    const monthly = CALENDAR[0]!;
    const cases: [Record<string, unknown>[], string, string][] = [
      [[{ ...monthly, openDay: 12 }], 'reportingCalendar.0.openDay', 'notAfterDueDay'],
      [
        [monthly, { ...monthly, graceDays: 91, frequency: 'YEARLY' }],
        'reportingCalendar.1.graceDays',
        'too_big',
      ],
      [[{ ...monthly, dueDay: 29 }], 'reportingCalendar.0.dueDay', 'too_big'],
      [[monthly, monthly], 'reportingCalendar.1.frequency', 'duplicate'],
    ];
    for (const [reportingCalendar, field, rule] of cases) {
      const res = await gql(t.base, UPDATE, { input: { tenantId: provinceId, reportingCalendar } }, admin);
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field, rule });
    }
    expect(JSON.stringify(await stored())).toBe(before);
  });
});
