// The written analysis over the real server: a value short of its target goes up, and is verified,
// only with its analysis; the analysis is stored as text, read beside the value, and bad input is
// refused naming the field with nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, toGlobalId } from '../../ids';
import { DEMO_YEAR, gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';
import { ANALYSIS, saveMeasurement, SUBMIT, VERIFY, type Slot } from '../../testing/workflow';

const SAVE_ANALYSIS = `mutation($input: SavePerformanceAnalysisInput!) {
  savePerformanceAnalysis(input: $input) { year month obstacles supportingFactors followUpPlan followUpDue updatedBy } }`;
const READ = `query($id: ID!, $month: Int!) { node(id: $id) { ... on Indicator {
  analysis(year: ${DEMO_YEAR}, month: $month) { month obstacles followUpPlan followUpDue }
  months(year: ${DEMO_YEAR}) { month analysis { obstacles } } } } }`;

let t: TestServer;
let operator: string;
let head: string;
/** Free months of MAXIMIZE indicators of Dinas Kesehatan, with their targets. */
let slots: (Slot & { target: number })[];

async function counts() {
  const [measurements, analyses, events] = await Promise.all([
    t.db.prisma.measurement.count(),
    t.db.prisma.performanceAnalysis.count(),
    t.db.prisma.changeEvent.count(),
  ]);
  return { measurements, analyses, events };
}

function submit(id: string, expectedVersion: number) {
  return gql(t.base, SUBMIT, { input: { measurementId: id, expectedVersion } }, operator);
}

beforeAll(async () => {
  t = await startTestServer();
  operator = await loginAs(t.base, 'operator-kesehatan');
  head = await loginAs(t.base, 'kadis-kesehatan');
  const user = await t.db.prisma.user.findUniqueOrThrow({ where: { username: 'operator-kesehatan' } });
  slots = await t.db.prisma.$queryRaw<(Slot & { target: number })[]>`
    SELECT DISTINCT ON (t."indicatorId", t.month) t."indicatorId", t.month, t.value AS target
    FROM "Target" t
    JOIN "IndicatorOperator" o ON o."indicatorId" = t."indicatorId" AND o."userId" = ${user.id}::uuid
    JOIN "Indicator" i ON i.id = t."indicatorId"
    LEFT JOIN "Measurement" m ON m."indicatorId" = t."indicatorId" AND m.year = t.year AND m.month = t.month
    WHERE t.year = ${DEMO_YEAR} AND m.id IS NULL AND t.value > 0 AND i.polarity = 'MAXIMIZE'
      AND i.frequency = 'MONTHLY'
    ORDER BY t."indicatorId", t.month`;
  expect(slots.length).toBeGreaterThanOrEqual(6);
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('written analysis of a value short of its target', () => {
  it('refuses to submit a red value without its analysis, then takes it with one', async () => {
    const slot = slots[0]!;
    const saved = await saveMeasurement(t.base, operator, slot, slot.target * 0.5, { analysis: null });
    const id = saved.data!.saveMeasurement.measurement.id;
    const before = await counts();
    const refused = await submit(id, 1);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'analysis',
      rule: 'requiredBelowTarget',
      params: { band: 'RED' },
    });
    expect(await counts()).toEqual(before);
    const row = await t.db.prisma.measurement.findUniqueOrThrow({
      where: { id: idOf('Measurement', id, 'id') },
    });
    expect(row.status).toBe('DRAFT');

    // The operator adds the analysis with the value, as the entry form sends it, and submits.
    const again = await saveMeasurement(t.base, operator, slot, slot.target * 0.5, { expectedVersion: 1 });
    expect(again.errors).toBeUndefined();
    expect((await submit(id, 2)).errors).toBeUndefined();
    const verified = await gql<{ verifyMeasurement: { measurement: { status: string } } }>(
      t.base,
      VERIFY,
      { input: { measurementId: id, expectedVersion: 3 } },
      head,
    );
    expect(verified.data?.verifyMeasurement.measurement.status).toBe('VERIFIED');

    // Saved with the value, the analysis is part of the value's change in the audit log.
    const logged = await t.db.prisma.changeEvent.findFirstOrThrow({
      where: { entityId: idOf('Measurement', id, 'id'), action: 'UPDATED' },
    });
    expect(logged.after).toMatchObject({ analysis: { obstacles: ANALYSIS.obstacles } });
  });

  it('asks nothing of a value on target, and asks the yellow band by name', async () => {
    const green = await saveMeasurement(t.base, operator, slots[1]!, slots[1]!.target, { analysis: null });
    expect((await submit(green.data!.saveMeasurement.measurement.id, 1)).errors).toBeUndefined();
    const yellow = await saveMeasurement(t.base, operator, slots[2]!, slots[2]!.target * 0.9, {
      analysis: null,
    });
    const refused = await submit(yellow.data!.saveMeasurement.measurement.id, 1);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ field: 'analysis', params: { band: 'YELLOW' } });
  });

  it('keeps the unit head from verifying a value that fell short after it was submitted', async () => {
    const slot = slots[3]!;
    const saved = await saveMeasurement(t.base, operator, slot, slot.target, { analysis: null });
    const id = saved.data!.saveMeasurement.measurement.id;
    expect((await submit(id, 1)).errors).toBeUndefined();
    // The month's target is raised meanwhile: the submitted value is now red.
    await t.db.prisma.target.updateMany({
      where: { indicatorId: slot.indicatorId, year: DEMO_YEAR, month: slot.month },
      data: { value: slot.target * 3 },
    });
    const before = await counts();
    const refused = await gql(t.base, VERIFY, { input: { measurementId: id, expectedVersion: 2 } }, head);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ field: 'analysis', rule: 'requiredBelowTarget' });
    expect(await counts()).toEqual(before);
  });

  it('refuses bad analyses naming the field, with nothing written', async () => {
    const slot = slots[4]!;
    const before = await counts();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ obstacles: 'x'.repeat(2001) }, 'analysis.obstacles', 'too_big'],
      [{ followUpPlan: '   ' }, 'analysis.followUpPlan', 'too_small'],
      [{ followUpDue: `${DEMO_YEAR}-02-30` }, 'analysis.followUpDue', 'invalid_format'],
      [{ followUpDue: `${DEMO_YEAR - 1}-12-31` }, 'analysis.followUpDue', 'beforePeriod'],
    ];
    for (const [change, field, rule] of cases) {
      const res = await saveMeasurement(t.base, operator, slot, slot.target * 0.5, {
        analysis: { ...ANALYSIS, ...change },
      });
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field, rule });
    }
    expect(await counts()).toEqual(before);
  });

  it('stores markup as the text it is and reads it back beside the value', async () => {
    const slot = slots[5]!;
    const markup = '<script>alert("x")</script> & <b>tebal</b>';
    const saved = await saveMeasurement(t.base, operator, slot, slot.target * 0.5, {
      analysis: { ...ANALYSIS, obstacles: markup },
    });
    expect(saved.errors).toBeUndefined();
    const read = await gql<{
      node: {
        analysis: { month: number; obstacles: string } | null;
        months: { month: number; analysis: { obstacles: string } | null }[];
      };
    }>(t.base, READ, { id: toGlobalId('Indicator', slot.indicatorId), month: 12 }, head);
    expect(read.errors).toBeUndefined();
    expect(read.data!.node.months.find((m) => m.month === slot.month)?.analysis?.obstacles).toBe(markup);
    expect(read.data!.node.analysis?.month).toBeGreaterThanOrEqual(slot.month);
  });
});

describe('savePerformanceAnalysis', () => {
  it('writes the analysis of a period with no value, and is logged on its own', async () => {
    const slot = slots[6] ?? slots[5]!;
    const res = await gql<{ savePerformanceAnalysis: { month: number; updatedBy: string } }>(
      t.base,
      SAVE_ANALYSIS,
      {
        input: {
          indicatorId: toGlobalId('Indicator', slot.indicatorId),
          year: DEMO_YEAR,
          month: slot.month,
          analysis: { ...ANALYSIS, supportingFactors: 'Dukungan dana BOK' },
        },
      },
      operator,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.savePerformanceAnalysis).toMatchObject({ month: slot.month });
    const logged = await t.db.prisma.changeEvent.count({ where: { entityType: 'PerformanceAnalysis' } });
    expect(logged).toBeGreaterThanOrEqual(1);
  });

  it("is refused while the value is under review, and to another OPD's operator", async () => {
    const slot = slots[1]!; // submitted in an earlier test
    const input = {
      indicatorId: toGlobalId('Indicator', slot.indicatorId),
      year: DEMO_YEAR,
      month: slot.month,
      analysis: ANALYSIS,
    };
    const before = await counts();
    const inReview = await gql(t.base, SAVE_ANALYSIS, { input }, operator);
    expect(inReview.errors?.[0]?.extensions).toMatchObject({ field: 'analysis', rule: 'valueInReview' });
    const pupr = await loginAs(t.base, 'operator-pupr');
    const other = await gql(t.base, SAVE_ANALYSIS, { input }, pupr);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });
});
