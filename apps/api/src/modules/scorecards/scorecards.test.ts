// Scorecard administration over the real server: an administrator adds an objective to Dinas
// Kesehatan's scorecard, links it into the strategy map and re-weights the perspectives; bad
// input and cycles are refused naming the field and rule and write nothing, a unit head is
// forbidden, and the stored scores always equal a full rebuild.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../ids';
import { compareStoredScores } from '../snapshots';
import { DEMO_YEAR, gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';

const CREATE = `mutation($input: CreateObjectiveInput!) {
  createObjective(input: $input) { seq objective { id code name weight perspective parent { id } score(month: 10) { value band } } } }`;
const LINK = `mutation($input: ObjectiveLinkInput!) {
  linkObjectives(input: $input) { seq scorecard { id links { from { id } to { id } } } } }`;
const UNLINK = `mutation($input: ObjectiveLinkInput!) {
  unlinkObjectives(input: $input) { seq scorecard { id links { from { id } to { id } } } } }`;
const WEIGHTS = `mutation($input: SetPerspectiveWeightsInput!) {
  setPerspectiveWeights(input: $input) { seq scorecard { id perspectives { perspective weight } } } }`;
const PERSPECTIVES = `query($id: ID!, $m: Int!) { node(id: $id) { ... on Scorecard {
  perspectives { perspective weight score(month: $m) { value } } } } }`;
const UNIT_SCORE = `query($id: ID!, $y: Int!, $m: Int!) { node(id: $id) { ... on OrgUnit { score(year: $y, month: $m) { value } } } }`;
const AUDIT = `query($scope: ID!, $type: String!) { auditLog(scopeId: $scope, entityType: $type, first: 10) {
  edges { node { action entityId before after } } } }`;

const UPDATE = `mutation($input: UpdateObjectiveInput!) {
  updateObjective(input: $input) { seq objective { id code name weight parent { id } } } }`;
const DELETE = `mutation($input: DeleteObjectiveInput!) { deleteObjective(input: $input) { deletedId seq } }`;

const MONTH = 10;

let t: TestServer;
let admin: string;
let head: string;
let dikesId: string;
let scorecardId: string;
let existingId: string;
let otherOpdObjectiveId: string;
let tenantObjectiveId: string;

type Errorish = { errors?: { extensions?: Record<string, unknown> }[] };

function create(input: Record<string, unknown>, token = admin) {
  return gql<{ createObjective: { seq: string; objective: { id: string; parent: { id: string } | null } } }>(
    t.base,
    CREATE,
    {
      input: {
        scorecardId,
        perspective: 'CUSTOMER',
        code: 'SS-UJI',
        name: 'Meningkatnya kepuasan pasien puskesmas',
        weight: 1,
        ...input,
      },
    },
    token,
  );
}

const link = (fromObjectiveId: string, toObjectiveId: string, token = admin) =>
  gql<{ linkObjectives: { scorecard: { links: { from: { id: string }; to: { id: string } }[] } } }>(
    t.base,
    LINK,
    { input: { fromObjectiveId, toObjectiveId } },
    token,
  );

const setWeights = (weights: { perspective: string; weight: number }[], token = admin) =>
  gql(t.base, WEIGHTS, { input: { scorecardId, weights } }, token);

async function counts() {
  const [objectives, links, events, snapshots, weights] = await Promise.all([
    t.db.prisma.objective.count(),
    t.db.prisma.objectiveLink.count(),
    t.db.prisma.changeEvent.count(),
    t.db.prisma.scoreSnapshot.count(),
    t.db.prisma.scorecardPerspective.findMany({
      where: { scorecardId: scorecardId.replace(/^Scorecard:/, '') },
      select: { perspective: true, weight: true },
      orderBy: { perspective: 'asc' },
    }),
  ]);
  return { objectives, links, events, snapshots, weights };
}

function expectRefused(res: Errorish, field: string, rule: string, what: string) {
  expect(res.errors?.[0]?.extensions, what).toMatchObject({ code: 'BAD_USER_INPUT', field, rule });
}

async function audit(type: string) {
  const res = await gql<{
    auditLog: { edges: { node: { action: string; entityId: string; before: unknown; after: unknown } }[] };
  }>(t.base, AUDIT, { scope: toGlobalId('OrgUnit', dikesId), type }, admin);
  expect(res.errors).toBeUndefined();
  return res.data!.auditLog.edges.map((e) => e.node);
}

beforeAll(async () => {
  t = await startTestServer();
  [admin, head] = await Promise.all([loginAs(t.base, 'superadmin'), loginAs(t.base, 'kadis-kesehatan')]);
  const dikes = await t.db.prisma.orgUnit.findFirstOrThrow({
    where: { kind: 'OPD', name: 'Dinas Kesehatan' },
  });
  dikesId = dikes.id;
  const card = await t.db.prisma.scorecard.findFirstOrThrow({
    where: { orgUnitId: dikes.id, year: DEMO_YEAR },
  });
  scorecardId = toGlobalId('Scorecard', card.id);
  const existing = await t.db.prisma.objective.findFirstOrThrow({
    where: { scorecardId: card.id },
    orderBy: { code: 'asc' },
  });
  existingId = toGlobalId('Objective', existing.id);
  const other = await t.db.prisma.objective.findFirstOrThrow({
    where: { scorecard: { year: DEMO_YEAR, ownerKind: 'ORG_UNIT', orgUnitId: { not: dikes.id } } },
  });
  otherOpdObjectiveId = toGlobalId('Objective', other.id);
  const tenantObjective = await t.db.prisma.objective.findFirstOrThrow({
    where: { scorecard: { year: DEMO_YEAR, ownerKind: 'TENANT', tenantId: dikes.tenantId } },
  });
  tenantObjectiveId = toGlobalId('Objective', tenantObjective.id);
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('scorecard administration', () => {
  it('refuses bad objectives naming the field and the rule, and writes nothing', async () => {
    const before = await counts();
    const existingCode = (await t.db.prisma.objective.findUniqueOrThrow({
      where: { id: existingId.replace(/^Objective:/, '') },
    }))!.code;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ code: '' }, 'code', 'too_small'],
      [{ code: 'X'.repeat(33) }, 'code', 'too_big'],
      [{ name: '' }, 'name', 'too_small'],
      [{ weight: 0 }, 'weight', 'too_small'],
      [{ weight: 1001 }, 'weight', 'too_big'],
      [{ code: existingCode }, 'code', 'unique'],
      [{ parentObjectiveId: otherOpdObjectiveId }, 'parentObjectiveId', 'notOwnerAbove'],
      [
        { parentObjectiveId: toGlobalId('Objective', '00000000-0000-7000-8000-000000000000') },
        'parentObjectiveId',
        'notFound',
      ],
      [
        { scorecardId: toGlobalId('Scorecard', '00000000-0000-7000-8000-000000000000') },
        'scorecardId',
        'notFound',
      ],
    ];
    for (const [input, field, rule] of cases)
      expectRefused(await create(input), field, rule, JSON.stringify(input));
    expect((await create({}, head)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await link(existingId, existingId, head)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await setWeights([{ perspective: 'STAKEHOLDER', weight: 100 }], head)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('adds an objective with no data, links it, and refuses self, duplicate, cross-scorecard and cyclic links', async () => {
    const unitScore = async () =>
      (
        await gql<{ node: { score: { value: number | null } } }>(
          t.base,
          UNIT_SCORE,
          { id: toGlobalId('OrgUnit', dikesId), y: DEMO_YEAR, m: MONTH },
          admin,
        )
      ).data!.node.score.value;
    const start = await unitScore();

    const created = await create({ parentObjectiveId: tenantObjectiveId });
    expect(created.errors).toBeUndefined();
    const objective = created.data!.createObjective.objective;
    expect(objective).toMatchObject({
      parent: { id: tenantObjectiveId },
      score: { value: null, band: 'NO_DATA' },
    });
    expect(await unitScore()).toBe(start);
    expect(await compareStoredScores(t.db.prisma, { year: DEMO_YEAR })).toEqual([]);

    const linked = await link(objective.id, existingId);
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.linkObjectives.scorecard.links).toContainEqual({
      from: { id: objective.id },
      to: { id: existingId },
    });

    const before = await counts();
    expectRefused(await link(objective.id, objective.id), 'toObjectiveId', 'self', 'self');
    expectRefused(await link(objective.id, existingId), 'toObjectiveId', 'unique', 'duplicate');
    expectRefused(await link(existingId, objective.id), 'toObjectiveId', 'cycle', 'cycle');
    expectRefused(await link(objective.id, otherOpdObjectiveId), 'toObjectiveId', 'sameScorecard', 'other');
    expectRefused(
      await link(toGlobalId('Objective', '00000000-0000-7000-8000-000000000000'), existingId),
      'fromObjectiveId',
      'notFound',
      'unknown',
    );
    expect(await counts()).toEqual(before);

    const unlinked = await gql<{ unlinkObjectives: { scorecard: { links: unknown[] } } }>(
      t.base,
      UNLINK,
      { input: { fromObjectiveId: objective.id, toObjectiveId: existingId } },
      admin,
    );
    expect(unlinked.errors).toBeUndefined();
    expect(unlinked.data!.unlinkObjectives.scorecard.links).not.toContainEqual({
      from: { id: objective.id },
      to: { id: existingId },
    });
    // Removed, the arrow can be drawn again (the audit keeps both).
    expect((await link(objective.id, existingId)).errors).toBeUndefined();

    const created_ = (await audit('Objective')).filter((a) => a.entityId === objective.id);
    expect(created_).toMatchObject([
      { action: 'CREATED', before: null, after: { code: 'SS-UJI', perspective: 'CUSTOMER' } },
    ]);
    const links = (await audit('ObjectiveLink')).map((a) => a.action);
    expect(links.slice(0, 3)).toEqual(['LINKED', 'UNLINKED', 'LINKED']);
  });

  it('re-weights perspectives: the OPD score moves and stays equal to a full rebuild', async () => {
    const perspectives = async () =>
      (
        await gql<{
          node: { perspectives: { perspective: string; weight: number; score: { value: number | null } }[] };
        }>(t.base, PERSPECTIVES, { id: scorecardId, m: MONTH }, admin)
      ).data!.node.perspectives;
    const unitScore = async () =>
      (
        await gql<{ node: { score: { value: number | null } } }>(
          t.base,
          UNIT_SCORE,
          { id: toGlobalId('OrgUnit', dikesId), y: DEMO_YEAR, m: MONTH },
          admin,
        )
      ).data!.node.score.value;
    const start = await unitScore();
    const current = await perspectives();
    const scored = current.filter((p) => p.score.value !== null);
    expect(scored.length).toBeGreaterThan(1);
    const best = scored.reduce((a, b) => (b.score.value! > a.score.value! ? b : a));
    const worst = scored.reduce((a, b) => (b.score.value! < a.score.value! ? b : a));
    expect(best.score.value).not.toBe(worst.score.value);

    const before = await counts();
    expectRefused(
      await setWeights([{ perspective: best.perspective, weight: best.weight + 1 }]),
      'weights',
      'sumTo100',
      'sum',
    );
    expectRefused(
      await setWeights([{ perspective: best.perspective, weight: -1 }]),
      'weights.0.weight',
      'too_small',
      'negative',
    );
    expectRefused(
      await setWeights([
        { perspective: best.perspective, weight: 50 },
        { perspective: best.perspective, weight: 50 },
      ]),
      'weights.1.perspective',
      'unique',
      'unique',
    );
    expect(await counts()).toEqual(before);

    const weights = current.map((p) => ({
      perspective: p.perspective,
      weight: p.perspective === best.perspective ? 100 : 0,
    }));
    const res = await setWeights(weights);
    expect(res.errors).toBeUndefined();
    const after = await unitScore();
    expect(after).toBeCloseTo(best.score.value!, 9);
    expect(after).not.toBe(start);
    expect(await compareStoredScores(t.db.prisma, { year: DEMO_YEAR })).toEqual([]);

    const [entry] = (await audit('Scorecard')).filter((a) => a.entityId === scorecardId);
    expect(entry).toMatchObject({
      action: 'PERSPECTIVE_WEIGHTS_SET',
      before: { weights: expect.arrayContaining([{ perspective: best.perspective, weight: best.weight }]) },
      after: { weights: expect.arrayContaining([{ perspective: best.perspective, weight: 100 }]) },
    });
  });

  it('edits an objective (weight, parent) with scores recomputed, and deletes it only when empty', async () => {
    const { tenantId } = await t.db.prisma.orgUnit.findUniqueOrThrow({ where: { id: dikesId } });
    const created = await create({ code: 'SS-UBAH', name: 'Sasaran yang akan diubah' });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createObjective.objective.id;
    const edit = { objectiveId: id, code: 'SS-UBAH', name: 'Meningkatnya mutu layanan rujukan', weight: 2 };
    const before = await counts();
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ parentObjectiveId: otherOpdObjectiveId }, 'parentObjectiveId', 'notOwnerAbove'],
      [{ code: 'SS-UJI' }, 'code', 'unique'],
      [{ weight: 0 }, 'weight', 'too_small'],
    ];
    for (const [change, field, rule] of refusals)
      expectRefused(
        await gql(t.base, UPDATE, { input: { ...edit, ...change } }, admin),
        field,
        rule,
        JSON.stringify(change),
      );
    expect((await gql(t.base, UPDATE, { input: edit }, head)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expectRefused(
      await gql(t.base, DELETE, { input: { objectiveId: existingId } }, admin),
      'objectiveId',
      'inUse',
      'has indicators',
    );
    expect(await counts()).toEqual(before);

    const edited = await gql<{
      updateObjective: { objective: { name: string; weight: number; parent: { id: string } } };
    }>(t.base, UPDATE, { input: { ...edit, parentObjectiveId: tenantObjectiveId } }, admin);
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateObjective.objective).toMatchObject({
      name: edit.name,
      weight: 2,
      parent: { id: tenantObjectiveId },
    });
    expect(await compareStoredScores(t.db.prisma, { tenantId, year: DEMO_YEAR })).toEqual([]);

    expect((await link(id, existingId)).errors).toBeUndefined();
    const deleted = await gql<{ deleteObjective: { deletedId: string } }>(
      t.base,
      DELETE,
      { input: { objectiveId: id } },
      admin,
    );
    expect(deleted.data?.deleteObjective.deletedId).toBe(id);
    const rawId = id.replace(/^Objective:/, '');
    expect(
      await t.db.prisma.objectiveLink.count({
        where: { OR: [{ fromObjectiveId: rawId }, { toObjectiveId: rawId }] },
      }),
    ).toBe(0);
    expect(await compareStoredScores(t.db.prisma, { tenantId, year: DEMO_YEAR })).toEqual([]);
    const actions = (await audit('Objective')).map((e) => `${e.action} ${e.entityId}`);
    expect(actions).toEqual(expect.arrayContaining([`UPDATED ${id}`, `DELETED ${id}`]));
  });
});
