// Indicator administration over the real server: an administrator adds an indicator with targets,
// its operator reports it, the head verifies it, the administrator changes the targets; after each
// step the stored scores and reporting figures equal a full rebuild, and bad input writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../ids';
import { compareStoredScores } from '../snapshots';
import { DEMO_YEAR, gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';
import { enterAndSubmit, verify } from '../../testing/workflow';

const CREATE = `mutation($input: CreateIndicatorInput!) {
  createIndicator(input: $input) { seq indicator { id code name unit polarity aggregation weight } } }`;
const SET_TARGETS = `mutation($input: SetIndicatorTargetsInput!) {
  setIndicatorTargets(input: $input) { seq indicator { id } } }`;
const OBJECTIVE_SCORE = `query($id: ID!, $m: Int!) { node(id: $id) { ... on Objective {
  score(month: $m) { value band } indicators { id code } } } }`;
const UNIT_SCORE = `query($id: ID!, $y: Int!, $m: Int!) { node(id: $id) { ... on OrgUnit { score(year: $y, month: $m) { value } } } }`;
const AUDIT = `query($scope: ID!) { auditLog(scopeId: $scope, entityType: "Indicator", first: 10) {
  edges { node { action entityId before after } } } }`;

const UPDATE = `mutation($input: UpdateIndicatorInput!) {
  updateIndicator(input: $input) { seq indicator { id code name unit polarity weight } } }`;
const DELETE = `mutation($input: DeleteIndicatorInput!) { deleteIndicator(input: $input) { deletedId seq } }`;

const MONTH = 10;

let t: TestServer;
let admin: string;
let operator: string;
let head: string;
let objectiveId: string;
let dikesId: string;
let operatorUserId: string;
let puprOperatorId: string;

const targets = (value: number) => Array.from({ length: 12 }, (_, i) => ({ month: i + 1, value }));

function create(input: Record<string, unknown>, token = admin) {
  return gql<{ createIndicator: { seq: string; indicator: { id: string; code: string } } }>(
    t.base,
    CREATE,
    {
      input: {
        objectiveId,
        code: 'IKU-UJI',
        name: 'Persentase puskesmas terakreditasi paripurna',
        unit: '%',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        weight: 2,
        targets: targets(50),
        operatorIds: [operatorUserId],
        ...input,
      },
    },
    token,
  );
}

async function counts() {
  const [indicators, targetRows, events, snapshots] = await Promise.all([
    t.db.prisma.indicator.count(),
    t.db.prisma.target.count(),
    t.db.prisma.changeEvent.count(),
    t.db.prisma.scoreSnapshot.count(),
  ]);
  return { indicators, targetRows, events, snapshots };
}

beforeAll(async () => {
  t = await startTestServer();
  [admin, operator, head] = await Promise.all([
    loginAs(t.base, 'superadmin'),
    loginAs(t.base, 'operator-kesehatan'),
    loginAs(t.base, 'kadis-kesehatan'),
  ]);
  const dikes = await t.db.prisma.orgUnit.findFirstOrThrow({
    where: { kind: 'OPD', name: 'Dinas Kesehatan' },
  });
  dikesId = dikes.id;
  const objective = await t.db.prisma.objective.findFirstOrThrow({
    where: { scorecard: { orgUnitId: dikes.id, year: DEMO_YEAR } },
    orderBy: { code: 'asc' },
  });
  objectiveId = toGlobalId('Objective', objective.id);
  operatorUserId = toGlobalId(
    'User',
    (await t.db.prisma.user.findUniqueOrThrow({ where: { username: 'operator-kesehatan' } })).id,
  );
  puprOperatorId = toGlobalId(
    'User',
    (await t.db.prisma.user.findUniqueOrThrow({ where: { username: 'operator-pupr' } })).id,
  );
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('indicator administration', () => {
  it('refuses bad input naming the field and the rule, and writes nothing', async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, string | undefined, string, string][] = [
      [{ code: '' }, admin, 'code', 'too_small'],
      [{ weight: 0 }, admin, 'weight', 'too_small'],
      [{ targets: [{ month: 13, value: 5 }] }, admin, 'targets.0.month', 'too_big'],
      [{ targets: [{ month: 1, value: 0 }] }, admin, 'targets.0.value', 'positive'],
      [
        {
          targets: [
            { month: 1, value: 5 },
            { month: 1, value: 6 },
          ],
        },
        admin,
        'targets.1.month',
        'unique',
      ],
      [{ polarity: 'STABILIZE', targets: [{ month: 1, high: 4 }] }, admin, 'targets.0.low', 'required'],
      [
        { polarity: 'STABILIZE', targets: [{ month: 1, low: 5, high: 4 }] },
        admin,
        'targets.0.high',
        'notBelowLow',
      ],
      [{ operatorIds: [puprOperatorId] }, admin, 'operatorIds.0', 'notOperatorInScope'],
      [
        { objectiveId: toGlobalId('Objective', '00000000-0000-7000-8000-000000000000') },
        admin,
        'objectiveId',
        'notFound',
      ],
    ];
    for (const [input, token, field, rule] of cases) {
      const res = await create(input, token);
      expect(res.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        rule,
      });
    }
    const forbidden = await create({}, head);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('adds an indicator that its operator reports; targets then move the objective and OPD scores', async () => {
    const score = async () => {
      const objective = await gql<{ node: { score: { value: number | null } } }>(
        t.base,
        OBJECTIVE_SCORE,
        { id: objectiveId, m: MONTH },
        admin,
      );
      const unit = await gql<{ node: { score: { value: number | null } } }>(
        t.base,
        UNIT_SCORE,
        { id: toGlobalId('OrgUnit', dikesId), y: DEMO_YEAR, m: MONTH },
        admin,
      );
      return { objective: objective.data!.node.score.value, opd: unit.data!.node.score.value };
    };
    const start = await score();

    const created = await create({});
    expect(created.errors).toBeUndefined();
    const indicatorId = created.data!.createIndicator.indicator.id;
    const duplicate = await create({});
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ field: 'code', rule: 'unique' });
    // No data yet: the objective re-normalises over its other indicators, nothing moves.
    expect(await score()).toEqual(start);
    expect(await compareStoredScores(t.db.prisma, { year: DEMO_YEAR })).toEqual([]);

    const tasks = await gql<{ myTasks: { indicators: { indicatorId: string }[] } }>(
      t.base,
      'query($y: Int!, $m: Int!) { myTasks(year: $y, month: $m) { indicators { indicatorId } } }',
      { y: DEMO_YEAR, m: MONTH },
      operator,
    );
    expect(tasks.data!.myTasks.indicators.map((i) => i.indicatorId)).toContain(indicatorId);

    const slot = { indicatorId: indicatorId.replace(/^Indicator:/, ''), month: MONTH };
    await verify(t.base, head, await enterAndSubmit(t.base, operator, slot, 25));
    const reported = await score();
    expect(reported.objective).not.toBe(start.objective);
    expect(reported.opd).not.toBe(start.opd);
    expect(await compareStoredScores(t.db.prisma, { year: DEMO_YEAR })).toEqual([]);

    // 25 of 50 is 50 %; of 25 it is 100 %: the objective and the OPD rise.
    const retargeted = await gql(
      t.base,
      SET_TARGETS,
      { input: { indicatorId, targets: targets(25) } },
      admin,
    );
    expect(retargeted.errors).toBeUndefined();
    const after = await score();
    expect(after.objective!).toBeGreaterThan(reported.objective!);
    expect(after.opd!).toBeGreaterThan(reported.opd!);
    expect(await compareStoredScores(t.db.prisma, { year: DEMO_YEAR })).toEqual([]);

    const audit = await gql<{
      auditLog: { edges: { node: { action: string; entityId: string; before: unknown; after: unknown } }[] };
    }>(t.base, AUDIT, { scope: toGlobalId('OrgUnit', dikesId) }, admin);
    const actions = audit.data!.auditLog.edges.map((e) => e.node).filter((n) => n.entityId === indicatorId);
    expect(actions.map((a) => a.action)).toEqual(['TARGETS_SET', 'CREATED']);
    expect(actions[0]!.before).toMatchObject({
      targets: expect.arrayContaining([{ month: 1, value: 50, low: null, high: null }]),
    });
    expect(actions[0]!.after).toMatchObject({
      targets: expect.arrayContaining([{ month: 1, value: 25, low: null, high: null }]),
    });
  });

  it("lists every indicator's operators for the edit form with one operator query; a unit head may not", async () => {
    const card = await t.db.prisma.scorecard.findFirstOrThrow({
      where: { orgUnitId: dikesId, year: DEMO_YEAR },
    });
    const query = `query($id: ID!) { node(id: $id) { ... on Scorecard {
      objectives { indicators { id operators { username } } } } } }`;
    t.sql.length = 0;
    const res = await gql<{
      node: { objectives: { indicators: { id: string; operators: { username: string }[] }[] }[] };
    }>(t.base, query, { id: toGlobalId('Scorecard', card.id) }, admin);
    expect(res.errors).toBeUndefined();
    expect(t.sql.filter((statement) => statement.includes('"IndicatorOperator"'))).toHaveLength(1);
    const listed = res.data!.node.objectives.flatMap((o) => o.indicators);
    expect(listed.length).toBeGreaterThan(5);
    const assignments = await t.db.prisma.indicatorOperator.findMany({
      where: { indicatorId: { in: listed.map((i) => i.id.replace(/^Indicator:/, '')) } },
      include: { user: { select: { username: true } } },
    });
    for (const indicator of listed)
      expect(indicator.operators.map((o) => o.username).sort()).toEqual(
        assignments
          .filter((a) => toGlobalId('Indicator', a.indicatorId) === indicator.id)
          .map((a) => a.user.username)
          .sort(),
      );
    expect(listed.some((i) => i.operators.length > 0)).toBe(true);

    const refused = await gql(t.base, query, { id: toGlobalId('Scorecard', card.id) }, head);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('edits a reported indicator (scores recomputed), refuses to delete it, and deletes an unreported one', async () => {
    const { tenantId } = await t.db.prisma.orgUnit.findUniqueOrThrow({ where: { id: dikesId } });
    const reported = await t.db.prisma.indicator.findFirstOrThrow({ where: { code: 'IKU-UJI' } });
    const indicatorId = toGlobalId('Indicator', reported.id);
    const definition = {
      indicatorId,
      code: 'IKU-UJI',
      name: 'Persentase puskesmas terakreditasi paripurna (revisi)',
      unit: 'persen',
      polarity: 'MAXIMIZE',
      aggregation: 'LAST',
      weight: 4,
      operatorIds: [operatorUserId],
    };
    const before = await counts();
    expect(
      (await gql(t.base, UPDATE, { input: { ...definition, polarity: 'STABILIZE' } }, admin)).errors?.[0]
        ?.extensions,
    ).toMatchObject({ field: 'polarity', rule: 'targetsMismatch' });
    expect(
      (await gql(t.base, UPDATE, { input: { ...definition, weight: 0 } }, admin)).errors?.[0]?.extensions,
    ).toMatchObject({
      field: 'weight',
      rule: 'too_small',
    });
    expect((await gql(t.base, UPDATE, { input: definition }, operator)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const inUse = await gql(t.base, DELETE, { input: { indicatorId } }, admin);
    expect(inUse.errors?.[0]?.extensions).toMatchObject({
      field: 'indicatorId',
      rule: 'inUse',
      params: { measurements: 1 },
    });
    expect(await counts()).toEqual(before);

    const edited = await gql<{
      updateIndicator: { indicator: { name: string; unit: string; weight: number } };
    }>(t.base, UPDATE, { input: definition }, admin);
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateIndicator.indicator).toMatchObject({
      name: definition.name,
      unit: 'persen',
      weight: 4,
    });
    expect(await compareStoredScores(t.db.prisma, { tenantId, year: DEMO_YEAR })).toEqual([]);

    const fresh = await create({ code: 'IKU-HAPUS' });
    expect(fresh.errors).toBeUndefined();
    const freshId = fresh.data!.createIndicator.indicator.id;
    const deleted = await gql<{ deleteIndicator: { deletedId: string } }>(
      t.base,
      DELETE,
      { input: { indicatorId: freshId } },
      admin,
    );
    expect(deleted.data?.deleteIndicator.deletedId).toBe(freshId);
    expect(await t.db.prisma.indicator.count()).toBe(before.indicators);
    expect(await t.db.prisma.target.count()).toBe(before.targetRows);
    // Its targets made months due: the reporting figures and scores are back to a full rebuild's.
    expect(await compareStoredScores(t.db.prisma, { tenantId, year: DEMO_YEAR })).toEqual([]);

    const log = await gql<{
      auditLog: { edges: { node: { action: string; entityId: string; before: { name?: string } } }[] };
    }>(t.base, AUDIT, { scope: toGlobalId('OrgUnit', dikesId) }, admin);
    const actions = log.data!.auditLog.edges.map((e) => `${e.node.action} ${e.node.entityId}`);
    expect(actions).toContain(`UPDATED ${indicatorId}`);
    expect(actions).toContain(`DELETED ${freshId}`);
  });
});
