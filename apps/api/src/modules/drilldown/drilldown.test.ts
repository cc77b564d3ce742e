// The drill-down over the real server and the seeded demo province: every score is the stored
// snapshot, every achievement is the engine's over verified values, and nothing outside the
// viewer's scope is reachable, directly or through a parent, child or list.
import {
  formatOperand,
  reportingDeadline,
  resolveSettings,
  yearToDate,
  type IndicatorYear,
} from '@ekinerja/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../ids';
import { DEMO_YEAR, gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';

const MONTH = 10;

interface ScoreJson {
  value: number | null;
  band: string;
  predikat?: string;
}

const TENANT = `query($id: ID!, $y: Int!, $m: Int!) { node(id: $id) { ... on Tenant {
  id score(year: $y, month: $m) { value band predikat }
  scorecard(year: $y) { id ownerKind score(month: $m) { value band } }
  opds { id shortName score(year: $y, month: $m) { value band } }
} } }`;

const UNIT = `query($id: ID!, $y: Int!, $m: Int!) { node(id: $id) { ... on OrgUnit {
  id kind score(year: $y, month: $m) { value band predikat }
  scorecard(year: $y) { id score(month: $m) { value band } }
  children { id kind score(year: $y, month: $m) { value band } }
  officials {
    id nip name level positionTitle orgUnit { id } score(year: $y, month: $m) { value band }
    scorecard(year: $y) { id ownerKind owner { ... on Official { id } } score(month: $m) { value band }
      objectives { id score(month: $m) { value } indicators { id code score(year: $y, month: $m) { value band } } } }
  }
} } }`;

const INDICATOR = `query($id: ID!, $y: Int!, $m: Int!) { node(id: $id) { ... on Indicator {
  id code polarity aggregation frequency owner { ... on OrgUnit { id } ... on Tenant { id } } pic { id }
  score(year: $y, month: $m) { value band predikat }
  months(year: $y) {
    month due target realisation status version verifiedAt deadline late
    evidence { url } revisions { version }
    periodAchievement { raw capped band explanation { formula substituted reason } }
  }
  yearToDate(year: $y, month: $m) {
    raw capped band predikat months realisation target problem { field rule }
    aggregation { formula substituted }
    explanation { formula substituted result reason inputs { name value text } }
  }
  earlyWarning(year: $y, month: $m) { monthsElapsed projectedRealisation atRisk explanation { formula substituted } }
} } }`;

const STRATEGY_MAP = `query($id: ID!, $m: Int!) { node(id: $id) { ... on Scorecard {
  id year score(month: $m) { value }
  perspectives { id perspective weight score(month: $m) { value band } objectives { id } }
  objectives { id code perspective score(month: $m) { value } }
  links { from { id } to { id } }
} } }`;

const PROGRAMS = `query($id: ID!, $y: Int!, $m: Int!) { node(id: $id) { ... on OrgUnit {
  programs(year: $y) {
    id code budget(month: $m) { pagu plannedSpend realisedSpend absorption spendDeviation plannedPhysical realisedPhysical }
    activities { id budget(month: $m) { pagu realisedSpend }
      subActivities { id code pagu months { month plannedSpend realisedSpend } budget(month: $m) { pagu realisedSpend absorption } } }
  }
} } }`;

type Node<T> = { node: T | null };

const rawId = (globalId: string) => globalId.slice(globalId.indexOf(':') + 1);

describe('drill-down', () => {
  let t: TestServer;
  const tokens: Record<string, string> = {};
  let province: string;
  let dikes: string;
  let dikesId: string;
  /** An official's indicator in a Dikes seksi with a value entered but not verified by October. */
  let target: {
    indicatorId: string;
    sectionId: string;
    divisionId: string;
    officialId: string;
    pendingMonth: number;
  };

  async function stored(nodeId: string, month = MONTH): Promise<number | null> {
    const row = await t.db.prisma.scoreSnapshot.findUnique({
      where: { nodeId_year_month: { nodeId, year: DEMO_YEAR, month } },
    });
    return row?.score ?? null;
  }

  async function expectStored(score: ScoreJson, nodeId: string, month = MONTH) {
    const value = await stored(nodeId, month);
    if (value === null) expect(score.value).toBeNull();
    else expect(score.value).toBeCloseTo(value, 9);
  }

  async function query<T>(q: string, variables: Record<string, unknown>, token: string | undefined) {
    const res = await gql<T>(t.base, q, { y: DEMO_YEAR, m: MONTH, ...variables }, token);
    expect(res.errors).toBeUndefined();
    return res.data as T;
  }

  beforeAll(async () => {
    t = await startTestServer();
    for (const account of ['gubernur', 'kadis-pupr', 'operator-kesehatan']) {
      tokens[account] = await loginAs(t.base, account);
    }
    const prisma = t.db.prisma;
    const tenant = await prisma.tenant.findUniqueOrThrow({ where: { code: '52' } });
    province = toGlobalId('Tenant', tenant.id);
    const dikesRow = await prisma.orgUnit.findFirstOrThrow({ where: { shortName: 'Dikes', kind: 'OPD' } });
    dikesId = dikesRow.id;
    dikes = toGlobalId('OrgUnit', dikesId);
    const pending = await prisma.measurement.findFirstOrThrow({
      where: {
        year: DEMO_YEAR,
        month: { lte: MONTH },
        status: { not: 'VERIFIED' },
        indicator: {
          orgUnit: { kind: 'SECTION', ancestorIds: { has: dikesId } },
          objective: { scorecard: { ownerKind: 'OFFICIAL' } },
        },
      },
      include: { indicator: { include: { orgUnit: true, objective: { include: { scorecard: true } } } } },
      orderBy: [{ month: 'desc' }, { id: 'asc' }],
    });
    const section = pending.indicator.orgUnit!;
    target = {
      indicatorId: pending.indicatorId,
      sectionId: section.id,
      divisionId: section.parentId!,
      officialId: pending.indicator.objective.scorecard.officialId!,
      pendingMonth: pending.month,
    };
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('walks province → Dikes → bidang → seksi → official with every score as stored', async () => {
    const token = tokens.gubernur;
    const tenant = (
      await query<
        Node<{
          score: ScoreJson;
          scorecard: { id: string; ownerKind: string; score: ScoreJson };
          opds: { id: string; shortName: string; score: ScoreJson }[];
        }>
      >(TENANT, { id: province }, token)
    ).node!;
    await expectStored(tenant.score, rawId(province));
    expect(tenant.score.value).not.toBeNull();
    expect(tenant.scorecard.ownerKind).toBe('TENANT');
    await expectStored(tenant.scorecard.score, rawId(tenant.scorecard.id));
    const opd = tenant.opds.find((o) => o.id === dikes)!;
    await expectStored(opd.score, dikesId);

    type UnitJson = {
      kind: string;
      score: ScoreJson;
      scorecard: { id: string; score: ScoreJson } | null;
      children: { id: string; kind: string; score: ScoreJson }[];
      officials: {
        id: string;
        nip: string;
        level: string;
        positionTitle: string;
        orgUnit: { id: string };
        score: ScoreJson;
        scorecard: {
          id: string;
          ownerKind: string;
          owner: { id: string };
          score: ScoreJson;
          objectives: {
            id: string;
            score: ScoreJson;
            indicators: { id: string; code: string; score: ScoreJson }[];
          }[];
        } | null;
      }[];
    };
    const unit = async (id: string) => (await query<Node<UnitJson>>(UNIT, { id }, token)).node!;

    const opdUnit = await unit(dikes);
    await expectStored(opdUnit.score, dikesId);
    await expectStored(opdUnit.scorecard!.score, rawId(opdUnit.scorecard!.id));
    expect(opdUnit.officials.map((o) => o.level)).toEqual(['JPT']);
    const bidang = opdUnit.children.find((c) => c.id === toGlobalId('OrgUnit', target.divisionId))!;
    expect(bidang.kind).toBe('DIVISION');
    await expectStored(bidang.score, target.divisionId);

    const division = await unit(bidang.id);
    const seksi = division.children.find((c) => c.id === toGlobalId('OrgUnit', target.sectionId))!;
    expect(seksi.kind).toBe('SECTION');
    await expectStored(seksi.score, target.sectionId);

    const section = await unit(seksi.id);
    await expectStored(section.score, target.sectionId);
    // Holders of the seksi's positions, by level: the head (eselon IV) before any staff.
    const ranks = section.officials.map((o) =>
      ['JPT', 'ADMINISTRATOR', 'SUPERVISOR', 'STAFF'].indexOf(o.level),
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const official = section.officials.find((o) => o.id === toGlobalId('Official', target.officialId))!;
    expect(official).toMatchObject({ level: 'SUPERVISOR', orgUnit: { id: seksi.id } });
    expect(official.nip).toMatch(/^\d{18}$/);
    await expectStored(official.score, target.officialId);
    expect(official.score.value).not.toBeNull();
    const card = official.scorecard!;
    expect(card).toMatchObject({ ownerKind: 'OFFICIAL', owner: { id: official.id } });
    await expectStored(card.score, rawId(card.id));
    for (const objective of card.objectives) {
      await expectStored(objective.score, rawId(objective.id));
      for (const indicator of objective.indicators) await expectStored(indicator.score, rawId(indicator.id));
    }
    const indicators = card.objectives.flatMap((o) => o.indicators.map((i) => i.id));
    expect(indicators).toContain(toGlobalId('Indicator', target.indicatorId));
  });

  it("shows an indicator's months in every status and its achievements from verified values only", async () => {
    const prisma = t.db.prisma;
    const id = toGlobalId('Indicator', target.indicatorId);
    type MonthJson = {
      month: number;
      due: boolean;
      target: number | null;
      realisation: number | null;
      status: string | null;
      verifiedAt: string | null;
      deadline: string;
      late: boolean | null;
      periodAchievement: { raw: number | null; explanation: { formula: string; reason: string | null } };
    };
    type IndicatorJson = {
      owner: { id: string };
      pic: { id: string } | null;
      score: ScoreJson;
      months: MonthJson[];
      yearToDate: {
        raw: number | null;
        capped: number | null;
        band: string;
        months: number[];
        realisation: number;
        target: number;
        problem: unknown;
        explanation: {
          formula: string;
          substituted: string;
          result: number;
          inputs: { name: string; value: number }[];
        };
      };
      earlyWarning: { projectedRealisation: number } | null;
    };
    const indicator = (await query<Node<IndicatorJson>>(INDICATOR, { id }, tokens.gubernur)).node!;
    expect(indicator.owner.id).toBe(toGlobalId('OrgUnit', target.sectionId));
    expect(indicator.pic?.id).toBe(toGlobalId('Official', target.officialId));

    const row = await prisma.indicator.findUniqueOrThrow({ where: { id: target.indicatorId } });
    const measurements = await prisma.measurement.findMany({
      where: { indicatorId: row.id, year: DEMO_YEAR },
    });
    const targets = await prisma.target.findMany({ where: { indicatorId: row.id, year: DEMO_YEAR } });
    expect(indicator.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const m of indicator.months) {
      const entered = measurements.find((x) => x.month === m.month);
      expect(m.realisation).toBe(entered?.value ?? null);
      expect(m.status).toBe(entered?.status ?? null);
      expect(m.target).toBe(targets.find((x) => x.month === m.month)?.value ?? null);
      const deadline = reportingDeadline(DEMO_YEAR, m.month, 10, 'Asia/Makassar');
      expect(m.deadline).toBe(deadline.toISOString());
      if (entered?.status === 'VERIFIED' && entered.verifiedAt)
        expect(m.late).toBe(entered.verifiedAt.getTime() >= deadline.getTime());
    }
    // The value entered but not verified is shown, and counts nowhere.
    const pending = indicator.months.find((m) => m.month === target.pendingMonth)!;
    expect(pending.realisation).not.toBeNull();
    expect(pending.status).not.toBe('VERIFIED');
    expect(pending.periodAchievement.raw).toBeNull();
    expect(pending.periodAchievement.explanation.reason).toBe('NO_DATA');
    expect(indicator.yearToDate.months).not.toContain(target.pendingMonth);

    const series: IndicatorYear = {
      polarity: 'MAXIMIZE',
      aggregation: row.aggregation,
      frequency: row.frequency,
      targets: new Map(targets.map((x) => [x.month, x.value])),
      realisations: new Map(
        measurements.filter((x) => x.status === 'VERIFIED').map((x) => [x.month, x.value]),
      ),
    };
    expect(row.polarity).toBe('MAXIMIZE');
    const expected = yearToDate(series, MONTH, resolveSettings());
    const ytd = indicator.yearToDate;
    expect(ytd.problem).toBeNull();
    expect(ytd.raw).toBeCloseTo(expected.raw!, 9);
    expect(ytd.capped).toBeCloseTo(expected.capped!, 9);
    expect(ytd.months).toEqual(expected.months);
    await expectStored({ value: ytd.raw, band: ytd.band }, row.id);
    await expectStored(indicator.score, row.id);
    expect(indicator.score.band).toBe(ytd.band);
    expect(ytd.explanation.formula).toBe('R / T × 100');
    expect(ytd.explanation.substituted).toBe(expected.explanation.substituted);
    expect(ytd.explanation.substituted).toContain(
      `${formatOperand(ytd.realisation)} / ${formatOperand(ytd.target)} × 100`,
    );
    expect(ytd.explanation.inputs).toEqual([
      { name: 'R', value: ytd.realisation, text: null },
      { name: 'T', value: ytd.target, text: null },
    ]);
    if (row.aggregation === 'SUM') expect(indicator.earlyWarning?.projectedRealisation).toBeGreaterThan(0);
    else expect(indicator.earlyWarning).toBeNull();
  });

  it('draws the strategy map of the Dikes scorecard', async () => {
    const card = await t.db.prisma.scorecard.findUniqueOrThrow({
      where: { ownerKey_year: { ownerKey: `ORG_UNIT:${dikesId}`, year: DEMO_YEAR } },
    });
    type MapJson = {
      score: ScoreJson;
      perspectives: {
        id: string;
        perspective: string;
        weight: number;
        score: ScoreJson;
        objectives: { id: string }[];
      }[];
      objectives: { id: string; code: string; perspective: string; score: ScoreJson }[];
      links: { from: { id: string }; to: { id: string } }[];
    };
    const map = (
      await query<Node<MapJson>>(STRATEGY_MAP, { id: toGlobalId('Scorecard', card.id) }, tokens.gubernur)
    ).node!;
    await expectStored(map.score, card.id);
    const order = ['STAKEHOLDER', 'CUSTOMER', 'INTERNAL_PROCESS', 'LEARNING_GROWTH'];
    expect(map.perspectives.map((p) => p.perspective)).toEqual(order);
    for (const p of map.perspectives) await expectStored(p.score, rawId(p.id));
    expect(map.objectives.length).toBeGreaterThanOrEqual(4);
    // Grouped by perspective in BSC order, and each perspective lists exactly its own.
    const ranks = map.objectives.map((o) => order.indexOf(o.perspective));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const p of map.perspectives) {
      expect(p.objectives.map((o) => o.id)).toEqual(
        map.objectives.filter((o) => o.perspective === p.perspective).map((o) => o.id),
      );
    }
    for (const o of map.objectives) await expectStored(o.score, rawId(o.id));
    const ids = new Set(map.objectives.map((o) => o.id));
    expect(map.links.length).toBeGreaterThan(0);
    for (const link of map.links) {
      expect(ids.has(link.from.id)).toBe(true);
      expect(ids.has(link.to.id)).toBe(true);
    }
  });

  describe('scope', () => {
    let dikesIndicator: string;
    let dikesOfficial: string;
    let dikesScorecard: string;

    beforeAll(async () => {
      const prisma = t.db.prisma;
      const indicator = await prisma.indicator.findFirstOrThrow({
        where: { orgUnitId: dikesId, code: 'IKU-1' },
      });
      dikesIndicator = toGlobalId('Indicator', indicator.id);
      dikesOfficial = toGlobalId('Official', target.officialId);
      const card = await prisma.scorecard.findFirstOrThrow({
        where: { orgUnitId: dikesId, ownerKind: 'ORG_UNIT' },
      });
      dikesScorecard = toGlobalId('Scorecard', card.id);
    });

    const NODE = 'query($id: ID!) { node(id: $id) { id } }';

    it('gives another OPD head null for Dikes indicators, officials and scorecards', async () => {
      for (const id of [dikesIndicator, dikesOfficial, dikesScorecard]) {
        expect((await query<Node<{ id: string }>>(NODE, { id }, tokens['kadis-pupr'])).node).toBeNull();
        expect((await query<Node<{ id: string }>>(NODE, { id }, tokens.gubernur)).node).toEqual({ id });
      }
    });

    it('lets the Dikes operator and the wall screen read Dikes indicators', async () => {
      for (const token of [tokens['operator-kesehatan'], t.wallToken]) {
        const res = await query<Node<{ id: string; yearToDate: { raw: number | null } }>>(
          'query($id: ID!, $y: Int!, $m: Int!) { node(id: $id) { id ... on Indicator { yearToDate(year: $y, month: $m) { raw } } } }',
          { id: dikesIndicator },
          token,
        );
        expect(res.node?.id).toBe(dikesIndicator);
        expect(res.node?.yearToDate.raw).toEqual(expect.any(Number));
      }
    });

    it('does not reach Dikes through an indicator cascade across OPDs', async () => {
      const prisma = t.db.prisma;
      const pupr = await prisma.orgUnit.findFirstOrThrow({ where: { shortName: 'PUPR', kind: 'OPD' } });
      const [puprParent, puprChild] = await prisma.indicator.findMany({
        where: { orgUnitId: pupr.id },
        orderBy: { code: 'asc' },
        take: 2,
      });
      const dikesRows = await prisma.indicator.findMany({ where: { orgUnitId: dikesId }, take: 2 });
      // A Dikes indicator under a PUPR one, and a PUPR indicator under a Dikes one, for this test only.
      const links = [
        { id: dikesRows[0]!.id, parent: puprParent!.id, was: dikesRows[0]!.parentIndicatorId },
        { id: puprChild!.id, parent: dikesRows[1]!.id, was: puprChild!.parentIndicatorId },
      ];
      for (const link of links)
        await prisma.indicator.update({ where: { id: link.id }, data: { parentIndicatorId: link.parent } });
      try {
        const CASCADE = `query($a: ID!, $b: ID!) {
          a: node(id: $a) { ... on Indicator { children { id } } }
          b: node(id: $b) { ... on Indicator { parent { id } } }
        }`;
        const ids = { a: toGlobalId('Indicator', puprParent!.id), b: toGlobalId('Indicator', puprChild!.id) };
        type Cascade = { a: { children: { id: string }[] }; b: { parent: { id: string } | null } };
        const leader = await query<Cascade>(CASCADE, ids, tokens.gubernur);
        expect(leader.a.children.map((c) => c.id)).toContain(toGlobalId('Indicator', dikesRows[0]!.id));
        expect(leader.b.parent?.id).toBe(toGlobalId('Indicator', dikesRows[1]!.id));
        const head = await query<Cascade>(CASCADE, ids, tokens['kadis-pupr']);
        expect(head.a.children.map((c) => c.id)).not.toContain(toGlobalId('Indicator', dikesRows[0]!.id));
        expect(head.b.parent).toBeNull();
      } finally {
        for (const link of links)
          await prisma.indicator.update({ where: { id: link.id }, data: { parentIndicatorId: link.was } });
      }
    });

    it("keeps other OPDs' officials and the province's score out of an OPD head's reach", async () => {
      const pupr = await t.db.prisma.orgUnit.findFirstOrThrow({ where: { shortName: 'PUPR', kind: 'OPD' } });
      const puprId = toGlobalId('OrgUnit', pupr.id);
      const head = tokens['kadis-pupr'];
      expect(
        (
          await query<Node<unknown>>(
            'query($id: ID!) { node(id: $id) { ... on OrgUnit { officials { id } } } }',
            { id: dikes },
            head,
          )
        ).node,
      ).toBeNull();
      type Opds = Node<{
        tenant: { scorecard: unknown; opds: { id: string; officials: { id: string }[] }[] };
      }>;
      const through = await query<Opds>(
        'query($id: ID!, $y: Int!) { node(id: $id) { ... on OrgUnit { tenant { scorecard(year: $y) { id } opds { id officials { id } } } } } }',
        { id: puprId },
        head,
      );
      expect(through.node?.tenant.scorecard).toBeNull();
      expect(through.node?.tenant.opds.map((o) => o.id)).toEqual([puprId]);
      expect(through.node?.tenant.opds[0]?.officials).toHaveLength(1);
      const score = await gql(
        t.base,
        'query($id: ID!, $y: Int!, $m: Int!) { node(id: $id) { ... on OrgUnit { tenant { score(year: $y, month: $m) { value } } } } }',
        { id: puprId, y: DEMO_YEAR, m: MONTH },
        head,
      );
      expect(score.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('names the field of a bad period', async () => {
      const res = await gql(
        t.base,
        'query($id: ID!) { node(id: $id) { ... on Indicator { yearToDate(year: 2026, month: 13) { raw } } } }',
        { id: dikesIndicator },
        tokens.gubernur,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
    });
  });

  it('gives program budgets as digit strings, absorption as realised / pagu × 100', async () => {
    type Figures = {
      pagu: string;
      plannedSpend: string;
      realisedSpend: string;
      absorption: number;
      spendDeviation: number;
    };
    type Programs = Node<{
      programs: {
        id: string;
        code: string;
        budget: Figures;
        activities: {
          budget: Pick<Figures, 'pagu' | 'realisedSpend'>;
          subActivities: {
            id: string;
            pagu: string;
            months: { month: number; plannedSpend: string; realisedSpend: string | null }[];
            budget: Pick<Figures, 'pagu' | 'realisedSpend' | 'absorption'>;
          }[];
        }[];
      }[];
    }>;
    const { programs } = (await query<Programs>(PROGRAMS, { id: dikes }, tokens.gubernur)).node!;
    expect(programs.length).toBe(2);
    const digits = /^\d+$/;
    for (const p of programs) {
      for (const value of [p.budget.pagu, p.budget.plannedSpend, p.budget.realisedSpend])
        expect(value).toMatch(digits);
      for (const s of p.activities.flatMap((a) => a.subActivities)) {
        expect(s.pagu).toMatch(digits);
        expect(s.months).toHaveLength(12);
        for (const m of s.months) expect(m.plannedSpend).toMatch(digits);
      }
    }

    // The second program, by hand from its rows.
    const program = programs[1]!;
    const subs = await t.db.prisma.subActivity.findMany({
      where: { activity: { programId: rawId(program.id) } },
      include: { months: true },
    });
    const pagu = subs.reduce((sum, s) => sum + s.pagu, 0n);
    const realised = subs
      .flatMap((s) => s.months)
      .filter((m) => m.month <= MONTH)
      .reduce((sum, m) => sum + (m.realisedSpend ?? 0n), 0n);
    const planned = subs
      .flatMap((s) => s.months)
      .filter((m) => m.month <= MONTH)
      .reduce((sum, m) => sum + m.plannedSpend, 0n);
    expect(program.budget.pagu).toBe(pagu.toString());
    expect(program.budget.realisedSpend).toBe(realised.toString());
    expect(program.budget.plannedSpend).toBe(planned.toString());
    expect(program.budget.absorption).toBeCloseTo((Number(realised) / Number(pagu)) * 100, 9);
    expect(program.budget.spendDeviation).toBeCloseTo((Number(realised - planned) / Number(pagu)) * 100, 9);
    const sum = (values: string[]) => values.reduce((acc, v) => acc + BigInt(v), 0n).toString();
    expect(sum(program.activities.map((a) => a.budget.realisedSpend))).toBe(program.budget.realisedSpend);

    // The OPD's scoreboard budget is its programs' together.
    const board = await query<{ scoreboard: { budget: Figures } }>(
      'query($s: ID!, $y: Int!, $m: Int!) { scoreboard(scopeId: $s, year: $y, month: $m) { budget { pagu realisedSpend absorption } } }',
      { s: dikes },
      tokens.gubernur,
    );
    expect(board.scoreboard.budget.pagu).toBe(sum(programs.map((p) => p.budget.pagu)));
    expect(board.scoreboard.budget.realisedSpend).toBe(sum(programs.map((p) => p.budget.realisedSpend)));
  });

  it('answers a whole strategy map with months in as many queries for an OPD as for a seksi', async () => {
    const MAP = `query($id: ID!, $y: Int!, $m: Int!) { node(id: $id) { ... on OrgUnit { scorecard(year: $y) {
      perspectives { score(month: $m) { value } }
      objectives { score(month: $m) { value } indicators {
        code pic { name } children { id } score(year: $y, month: $m) { value }
        yearToDate(year: $y, month: $m) { raw }
        months(year: $y) { month realisation late evidence { url } revisions { version } periodAchievement { raw } }
      } }
      links { from { id } to { id } }
    } } } }`;
    const count = async (id: string) => {
      t.sql.length = 0;
      const data = await query<Node<{ scorecard: { objectives: { indicators: unknown[] }[] } }>>(
        MAP,
        { id },
        tokens.gubernur,
      );
      return {
        queries: t.sql.length,
        indicators: data.node!.scorecard.objectives.flatMap((o) => o.indicators).length,
      };
    };
    const small = await count(toGlobalId('OrgUnit', target.sectionId));
    const large = await count(dikes);
    expect(large.indicators).toBeGreaterThan(small.indicators);
    expect(large.queries).toBe(small.queries);
    expect(large.queries).toBeLessThan(40);
  });
});
