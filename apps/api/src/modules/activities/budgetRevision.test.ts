// Recording an APBD-P revision over the real server: serapan and the S-curve of a month before the
// revision's date still divide by pagu murni, those from its month on by pagu perubahan; stored
// scope figures equal a rebuild; bad input and other roles write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../ids';
import { compareStoredScores } from '../snapshots';
import { DEMO_YEAR, gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';

const REVISE = `mutation($input: ReviseSubActivityBudgetInput!) {
  reviseSubActivityBudget(input: $input) { id year pagu(month: 12) paguMurni paguPerubahan paguPerubahanBerlaku } }`;
const SUB = `query($id: ID!) { node(id: $id) { ... on SubActivity {
  july: pagu(month: 7) sep: pagu(month: 9) paguMurni paguPerubahan paguPerubahanBerlaku
  b7: budget(month: 7) { pagu realisedSpend absorption } b9: budget(month: 9) { pagu realisedSpend absorption } } } }`;
const BOARD = `query($scopeId: ID!, $year: Int!) {
  m7: scoreboard(scopeId: $scopeId, year: $year, month: 7) { budget { pagu realisedSpend absorption } }
  m9: scoreboard(scopeId: $scopeId, year: $year, month: 9) { budget { pagu realisedSpend absorption } } }`;

type Figures = { pagu: string; realisedSpend: string; absorption: number | null };
type SubView = {
  july: string;
  sep: string;
  paguMurni: string;
  paguPerubahan: string | null;
  paguPerubahanBerlaku: string | null;
  b7: Figures;
  b9: Figures;
};

let t: TestServer;
let admin: string;
let operator: string;
let subId: string;
let unitScopeId: string;
let murni: bigint;

const revise = (input: Record<string, unknown>, token = admin) =>
  gql<{ reviseSubActivityBudget: Record<string, unknown> }>(
    t.base,
    REVISE,
    {
      input: { subActivityId: subId, ...input },
    },
    token,
  );

const subView = async () => (await gql<{ node: SubView }>(t.base, SUB, { id: subId }, admin)).data!.node;

const board = async () =>
  (
    await gql<{ m7: { budget: Figures }; m9: { budget: Figures } }>(
      t.base,
      BOARD,
      {
        scopeId: unitScopeId,
        year: DEMO_YEAR,
      },
      admin,
    )
  ).data!;

/** What a revision can write. */
async function state() {
  const [subs, stats, events] = await Promise.all([
    t.db.prisma.subActivity.findMany({ orderBy: { id: 'asc' } }),
    t.db.prisma.scopeMonthStats.findMany({ orderBy: [{ scopeId: 'asc' }, { month: 'asc' }] }),
    t.db.prisma.changeEvent.count(),
  ]);
  return JSON.stringify({ subs, stats, events }, (_k, v: unknown) =>
    typeof v === 'bigint' ? v.toString() : v,
  );
}

const absorption = (realised: string, pagu: bigint) => (Number(realised) * 100) / Number(pagu);

beforeAll(async () => {
  t = await startTestServer();
  [admin, operator] = await Promise.all([
    loginAs(t.base, 'superadmin'),
    loginAs(t.base, 'operator-kesehatan'),
  ]);
  // A Dinas Kesehatan line with spend reported in the months before September.
  const sub = await t.db.prisma.subActivity.findFirstOrThrow({
    where: {
      activity: { program: { year: DEMO_YEAR, orgUnit: { name: 'Dinas Kesehatan' } } },
      months: { some: { month: 7, realisedSpend: { gt: 0 } } },
    },
    orderBy: { code: 'asc' },
  });
  subId = toGlobalId('SubActivity', sub.id);
  murni = sub.pagu;
  unitScopeId = toGlobalId('OrgUnit', sub.orgUnitId);
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('APBD-P revision of a sub-kegiatan', () => {
  it('refuses bad input naming the field and rule, and other roles, writing nothing', async () => {
    const before = await state();
    const outside = await revise({ paguPerubahan: '1000', effectiveOn: `${DEMO_YEAR - 1}-12-31` });
    expect(outside.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'effectiveOn',
      rule: 'outsideBudgetYear',
    });
    const noSuchDay = await revise({ paguPerubahan: '1000', effectiveOn: `${DEMO_YEAR}-02-30` });
    expect(noSuchDay.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'effectiveOn' });
    const notADate = await revise({ paguPerubahan: '1000', effectiveOn: '15/08/2026' });
    expect(notADate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'effectiveOn' });
    // A negative or fractional amount never gets past the Rupiah scalar.
    const negative = await revise({ paguPerubahan: '-5', effectiveOn: `${DEMO_YEAR}-08-15` });
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const byOperator = await revise({ paguPerubahan: '1000', effectiveOn: `${DEMO_YEAR}-08-15` }, operator);
    expect(byOperator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await state()).toBe(before);
  });

  it('uses pagu murni before the month of the revision and pagu perubahan from it on', async () => {
    const boardBefore = await board();
    const revised = murni * 2n;
    const res = await revise({
      paguPerubahan: revised.toString(),
      effectiveOn: `${DEMO_YEAR}-08-15`,
      clientMutationId: 'apbdp-1',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.reviseSubActivityBudget).toMatchObject({
      year: DEMO_YEAR,
      pagu: revised.toString(),
      paguMurni: murni.toString(),
      paguPerubahan: revised.toString(),
      paguPerubahanBerlaku: `${DEMO_YEAR}-08-15`,
    });

    const sub = await subView();
    expect([sub.july, sub.sep]).toEqual([murni.toString(), revised.toString()]);
    expect(sub.b7.pagu).toBe(murni.toString());
    expect(sub.b7.absorption).toBeCloseTo(absorption(sub.b7.realisedSpend, murni), 9);
    expect(sub.b9.pagu).toBe(revised.toString());
    expect(sub.b9.absorption).toBeCloseTo(absorption(sub.b9.realisedSpend, revised), 9);

    // The unit's S-curve points (its scoreboard per month): July unchanged, September's pagu grown.
    const boardAfter = await board();
    expect(boardAfter.m7.budget).toEqual(boardBefore.m7.budget);
    expect(BigInt(boardAfter.m9.budget.pagu) - BigInt(boardBefore.m9.budget.pagu)).toBe(revised - murni);
    expect(boardAfter.m9.budget.absorption).toBeCloseTo(
      absorption(boardAfter.m9.budget.realisedSpend, BigInt(boardAfter.m9.budget.pagu)),
      9,
    );
    expect(await compareStoredScores(t.db.prisma, { year: DEMO_YEAR })).toEqual([]);

    // The same request again, and the same revision asked anew, change nothing.
    const events = await t.db.prisma.changeEvent.count();
    await revise({
      paguPerubahan: revised.toString(),
      effectiveOn: `${DEMO_YEAR}-08-15`,
      clientMutationId: 'apbdp-1',
    });
    await revise({ paguPerubahan: revised.toString(), effectiveOn: `${DEMO_YEAR}-08-15` });
    expect(await t.db.prisma.changeEvent.count()).toBe(events);
    const last = await t.db.prisma.changeEvent.findFirstOrThrow({ orderBy: { seq: 'desc' } });
    expect(last).toMatchObject({ entityType: 'SubActivity', action: 'BUDGET_REVISED' });
  });

  it('moves the figures again when the revision is dated later', async () => {
    await revise({ paguPerubahan: (murni * 2n).toString(), effectiveOn: `${DEMO_YEAR}-09-30` });
    const sub = await subView();
    expect(sub.b9.pagu).toBe((murni * 2n).toString());
    await revise({ paguPerubahan: (murni * 3n).toString(), effectiveOn: `${DEMO_YEAR}-10-01` });
    const later = await subView();
    expect([later.b7.pagu, later.b9.pagu]).toEqual([murni.toString(), murni.toString()]);
    expect(await compareStoredScores(t.db.prisma, { year: DEMO_YEAR })).toEqual([]);
  });
});
