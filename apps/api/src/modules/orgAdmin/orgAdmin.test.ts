// Org tree administration over the real server: an administrator builds an OPD with a bidang and
// a seksi, staffs a position, and gives the bidang and its official scorecards; every new scope is
// findable by scope filters, scores equal a full rebuild, and the audit log holds each change. Bad
// input names its field and rule and writes nothing; a unit head is forbidden; a unit in use is
// not deleted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../ids';
import { compareStoredScores } from '../snapshots';
import { DEMO_YEAR, gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';

const CREATE_UNIT = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) {
  id code name kind parent { id } breadcrumb { ... on Tenant { id } ... on OrgUnit { id } } } }`;
const UPDATE_UNIT = `mutation($input: UpdateOrgUnitInput!) { updateOrgUnit(input: $input) { id code name shortName } }`;
const DELETE_UNIT = `mutation($input: DeleteOrgUnitInput!) { deleteOrgUnit(input: $input) { deletedId seq } }`;
const CREATE_POSITION = `mutation($input: CreatePositionInput!) { createPosition(input: $input) {
  id title level holder { id } orgUnit { id } } }`;
const DELETE_POSITION = `mutation($input: DeletePositionInput!) { deletePosition(input: $input) { deletedId } }`;
const CREATE_OFFICIAL = `mutation($input: CreateOfficialInput!) { createOfficial(input: $input) {
  id nip name positionTitle level orgUnit { id } } }`;
const UPDATE_OFFICIAL = `mutation($input: UpdateOfficialInput!) { updateOfficial(input: $input) { id name positionTitle } }`;
const CREATE_SCORECARD = `mutation($input: CreateScorecardInput!) { createScorecard(input: $input) {
  id name year ownerKind score(month: 10) { value band } perspectives { perspective weight } } }`;
const DELETE_SCORECARD = `mutation($input: DeleteScorecardInput!) { deleteScorecard(input: $input) { deletedId } }`;
const CREATE_TENANT = `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id code kind parent { id } timeZone } }`;
const UPDATE_TENANT = `mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { name shortName capital } }`;
const UNIT = `query($id: ID!) { node(id: $id) { ... on OrgUnit { id children { id code }
  positions { id title holder { id nip } } score(year: ${DEMO_YEAR}, month: 10) { value band } } } }`;
const TENANT = `query($id: ID!) { node(id: $id) { ... on Tenant { opds { id code } unplacedOfficials { id nip } } } }`;
const AUDIT = `query($scope: ID!, $type: String!) { auditLog(scopeId: $scope, entityType: $type, first: 20) {
  edges { node { action entityId before after } } } }`;

const WEIGHTS = [
  { perspective: 'STAKEHOLDER', weight: 30 },
  { perspective: 'CUSTOMER', weight: 20 },
  { perspective: 'INTERNAL_PROCESS', weight: 30 },
  { perspective: 'LEARNING_GROWTH', weight: 20 },
];
const NIP = '198503122010012003';

let t: TestServer;
let admin: string;
let head: string;
let provinceId: string;
let opdId: string;
let divisionId: string;
let positionId: string;
let officialId: string;

interface TreeUnit {
  id: string;
  positions: { id: string; holder: { nip: string } | null }[];
  children?: TreeUnit[];
}

type Errorish = { errors?: { extensions?: Record<string, unknown> }[] };
type Data<T> = Errorish & { data?: T | null };

function expectRefused(res: Errorish, field: string, rule: string, what: string) {
  expect(res.errors?.[0]?.extensions, what).toMatchObject({ code: 'BAD_USER_INPUT', field, rule });
}

async function counts() {
  const p = t.db.prisma;
  const [units, positions, officials, scorecards, tenants, events, snapshots, stats] = await Promise.all([
    p.orgUnit.count(),
    p.position.count(),
    p.official.count(),
    p.scorecard.count(),
    p.tenant.count(),
    p.changeEvent.count(),
    p.scoreSnapshot.count(),
    p.scopeMonthStats.count(),
  ]);
  return { units, positions, officials, scorecards, tenants, events, snapshots, stats };
}

const call = <T>(query: string, input: Record<string, unknown>, token = admin) =>
  gql<T>(t.base, query, { input }, token) as Promise<Data<T>>;

beforeAll(async () => {
  t = await startTestServer();
  [admin, head] = await Promise.all([loginAs(t.base, 'superadmin'), loginAs(t.base, 'kadis-kesehatan')]);
  provinceId = (await t.db.prisma.tenant.findFirstOrThrow({ where: { kind: 'PROVINCE' } })).id;
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('org tree administration', () => {
  it('builds an OPD, a bidang and a seksi whose ancestors put them inside the province', async () => {
    const opd = await call<{ createOrgUnit: { id: string; kind: string; parent: null } }>(CREATE_UNIT, {
      parentId: toGlobalId('Tenant', provinceId),
      code: 'OPD-UJI',
      name: 'Badan Riset dan Inovasi Daerah',
      shortName: 'BRIDA',
    });
    expect(opd.errors).toBeUndefined();
    expect(opd.data!.createOrgUnit).toMatchObject({ kind: 'OPD', parent: null });
    opdId = opd.data!.createOrgUnit.id;

    const division = await call<{
      createOrgUnit: { id: string; kind: string; breadcrumb: { id: string }[] };
    }>(CREATE_UNIT, { parentId: opdId, code: 'OPD-UJI.1', name: 'Bidang Riset', shortName: 'Riset' });
    expect(division.errors).toBeUndefined();
    divisionId = division.data!.createOrgUnit.id;
    expect(division.data!.createOrgUnit.kind).toBe('DIVISION');
    expect(division.data!.createOrgUnit.breadcrumb.map((n) => n.id)).toEqual([
      toGlobalId('Tenant', provinceId),
      opdId,
      divisionId,
    ]);
    const section = await call<{ createOrgUnit: { id: string; kind: string } }>(CREATE_UNIT, {
      parentId: divisionId,
      code: 'OPD-UJI.1.1',
      name: 'Seksi Data Riset',
      shortName: 'Data',
    });
    expect(section.data!.createOrgUnit.kind).toBe('SECTION');

    const stored = await t.db.prisma.orgUnit.findUniqueOrThrow({
      where: { id: section.data!.createOrgUnit.id.replace(/^OrgUnit:/, '') },
    });
    expect(stored.ancestorIds).toEqual([
      provinceId,
      ...[opdId, divisionId, section.data!.createOrgUnit.id].map((id) => id.replace(/^OrgUnit:/, '')),
    ]);
    // The province's OPD list, and the new scopes' figures, include it at once.
    const tenant = await gql<{ node: { opds: { code: string }[] } }>(
      t.base,
      TENANT,
      { id: toGlobalId('Tenant', provinceId) },
      admin,
    );
    expect(tenant.data!.node.opds.map((o) => o.code)).toContain('OPD-UJI');
    expect(await compareStoredScores(t.db.prisma, { tenantId: provinceId, year: DEMO_YEAR })).toEqual([]);
  });

  it('refuses bad units naming the field and rule, and writes nothing', async () => {
    const before = await counts();
    const seksi = (await t.db.prisma.orgUnit.findFirstOrThrow({ where: { code: 'OPD-UJI.1.1' } })).id;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ code: 'opd kecil' }, 'code', 'invalid_format'],
      [{ code: 'OPD-UJI' }, 'code', 'unique'],
      [{ name: '' }, 'name', 'too_small'],
      [{ shortName: 'x'.repeat(61) }, 'shortName', 'too_big'],
      [{ parentId: toGlobalId('OrgUnit', seksi) }, 'parentId', 'tooDeep'],
      [{ parentId: toGlobalId('OrgUnit', '00000000-0000-7000-8000-000000000000') }, 'parentId', 'notFound'],
    ];
    for (const [change, field, rule] of cases) {
      const res = await call(CREATE_UNIT, {
        parentId: opdId,
        code: 'OPD-UJI.2',
        name: 'Bidang Inovasi',
        shortName: 'Inovasi',
        ...change,
      });
      expectRefused(res, field, rule, JSON.stringify(change));
    }
    const rename = await call(UPDATE_UNIT, {
      orgUnitId: divisionId,
      code: 'OPD-UJI',
      name: 'Bidang Riset',
      shortName: 'R',
    });
    expectRefused(rename, 'code', 'unique', 'rename to a code in use');
    const forbidden = await call(
      CREATE_UNIT,
      { parentId: opdId, code: 'X1', name: 'X', shortName: 'X' },
      head,
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('staffs a position with an official and refuses a bad NIP, a taken NIP and a held position', async () => {
    const position = await call<{ createPosition: { id: string; level: string; holder: null } }>(
      CREATE_POSITION,
      {
        orgUnitId: divisionId,
        title: 'Kepala Bidang Riset',
        level: 'ADMINISTRATOR',
      },
    );
    expect(position.errors).toBeUndefined();
    positionId = position.data!.createPosition.id;
    const duplicate = await call(CREATE_POSITION, {
      orgUnitId: divisionId,
      title: 'Kepala Bidang Riset',
      level: 'STAFF',
    });
    expectRefused(duplicate, 'title', 'unique', 'same title twice in a unit');

    const before = await counts();
    const bad: [Record<string, unknown>, string, string][] = [
      [{ nip: '19850312' }, 'nip', 'invalid_format'],
      [{ nip: '198502302010012003' }, 'nip', 'birthDate'],
      [{ nip: '198503122010132003' }, 'nip', 'appointment'],
      [{ nip: '198503122010015003' }, 'nip', 'sex'],
      [{ nip: (await t.db.prisma.official.findFirstOrThrow()).nip }, 'nip', 'unique'],
      [{ email: 'baiq@' }, 'email', 'invalid_format'],
      [{ name: ' ' }, 'name', 'too_small'],
      [
        { positionId: toGlobalId('Position', '00000000-0000-7000-8000-000000000000') },
        'positionId',
        'notFound',
      ],
    ];
    for (const [change, field, rule] of bad) {
      const res = await call(CREATE_OFFICIAL, {
        tenantId: toGlobalId('Tenant', provinceId),
        nip: NIP,
        name: 'Baiq Nurul Hidayati, S.Si., M.Sc.',
        positionId,
        ...change,
      });
      expectRefused(res, field, rule, JSON.stringify(change));
    }
    expect(await counts()).toEqual(before);

    const official = await call<{
      createOfficial: { id: string; positionTitle: string; orgUnit: { id: string } };
    }>(CREATE_OFFICIAL, {
      tenantId: toGlobalId('Tenant', provinceId),
      nip: NIP,
      name: 'Baiq Nurul Hidayati, S.Si., M.Sc.',
      positionId,
      email: 'baiq.nurul@ntbprov.go.id',
    });
    expect(official.errors).toBeUndefined();
    officialId = official.data!.createOfficial.id;
    expect(official.data!.createOfficial).toMatchObject({
      positionTitle: 'Kepala Bidang Riset',
      orgUnit: { id: divisionId },
    });

    const second = await call(CREATE_OFFICIAL, {
      tenantId: toGlobalId('Tenant', provinceId),
      nip: '199001012015021001',
      name: 'Lalu Ahmad Zaini',
      positionId,
    });
    expectRefused(second, 'positionId', 'held', 'a position already held');
    expectRefused(
      await call(DELETE_POSITION, { positionId }),
      'positionId',
      'held',
      'delete a held position',
    );
    const unit = await gql<{ node: { positions: { id: string; holder: { nip: string } | null }[] } }>(
      t.base,
      UNIT,
      { id: divisionId },
      admin,
    );
    expect(unit.data!.node.positions).toEqual([
      { id: positionId, title: 'Kepala Bidang Riset', holder: { id: officialId, nip: NIP } },
    ]);
  });

  it('gives the bidang and its official scorecards with NO_DATA scores equal to a rebuild', async () => {
    const before = await counts();
    const bad: [Record<string, unknown>, string, string][] = [
      [{ weights: WEIGHTS.slice(0, 3) }, 'weights', 'sumTo100'],
      [
        { weights: [...WEIGHTS.slice(0, 3), { perspective: 'CUSTOMER', weight: 20 }] },
        'weights.3.perspective',
        'unique',
      ],
      [
        {
          weights: WEIGHTS.map((w) => ({ ...w, weight: 25 }))
            .slice(0, 3)
            .concat([{ perspective: 'LEARNING_GROWTH', weight: 30 }]),
        },
        'weights',
        'sumTo100',
      ],
      [{ year: 1999 }, 'year', 'too_small'],
      [{ name: '' }, 'name', 'too_small'],
      [
        {
          ownerId: toGlobalId(
            'OrgUnit',
            (
              await t.db.prisma.scorecard.findFirstOrThrow({
                where: { ownerKind: 'ORG_UNIT', year: DEMO_YEAR },
              })
            ).orgUnitId!,
          ),
        },
        'ownerId',
        'unique',
      ],
    ];
    for (const [change, field, rule] of bad) {
      const res = await call(CREATE_SCORECARD, {
        ownerId: divisionId,
        year: DEMO_YEAR,
        name: 'Kartu Kinerja Bidang Riset',
        weights: WEIGHTS,
        ...change,
      });
      expectRefused(res, field, rule, JSON.stringify(change));
    }
    expect(await counts()).toEqual(before);

    const card = await call<{
      createScorecard: {
        ownerKind: string;
        score: { value: null; band: string };
        perspectives: { weight: number }[];
      };
    }>(CREATE_SCORECARD, {
      ownerId: divisionId,
      year: DEMO_YEAR,
      name: 'Kartu Kinerja Bidang Riset',
      weights: WEIGHTS,
    });
    expect(card.errors).toBeUndefined();
    expect(card.data!.createScorecard).toMatchObject({
      ownerKind: 'ORG_UNIT',
      score: { value: null, band: 'NO_DATA' },
      perspectives: WEIGHTS.map((w) => ({ perspective: w.perspective, weight: w.weight })),
    });
    const individual = await call<{ createScorecard: { ownerKind: string } }>(CREATE_SCORECARD, {
      ownerId: officialId,
      year: DEMO_YEAR,
      name: 'Sasaran Kinerja Pegawai Baiq Nurul',
      weights: WEIGHTS,
    });
    expect(individual.data?.createScorecard.ownerKind).toBe('OFFICIAL');
    const unit = await gql<{ node: { score: { band: string } } }>(t.base, UNIT, { id: divisionId }, admin);
    expect(unit.data!.node.score.band).toBe('NO_DATA');
    expect(await compareStoredScores(t.db.prisma, { tenantId: provinceId, year: DEMO_YEAR })).toEqual([]);
  });

  it('deletes a scorecard made by mistake, with its snapshots; one with objectives stays', async () => {
    const dikesCard = await t.db.prisma.scorecard.findFirstOrThrow({
      where: { year: DEMO_YEAR, orgUnit: { shortName: 'Dikes' } },
      include: { _count: { select: { objectives: true } } },
    });
    const mistaken = await t.db.prisma.scorecard.findFirstOrThrow({
      where: { officialId: officialId.replace(/^Official:/, ''), year: DEMO_YEAR },
      include: { perspectives: { select: { id: true } } },
    });
    const before = await counts();
    expectRefused(
      await call(DELETE_SCORECARD, { scorecardId: toGlobalId('Scorecard', dikesCard.id) }),
      'scorecardId',
      'inUse',
      'a scorecard with objectives',
    );
    const inUse = await call(DELETE_SCORECARD, { scorecardId: toGlobalId('Scorecard', dikesCard.id) });
    expect(inUse.errors?.[0]?.extensions?.params).toEqual({ objectives: dikesCard._count.objectives });
    const forbidden = await call(
      DELETE_SCORECARD,
      { scorecardId: toGlobalId('Scorecard', mistaken.id) },
      head,
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expectRefused(
      await call(DELETE_SCORECARD, {
        scorecardId: toGlobalId('Scorecard', '00000000-0000-7000-8000-000000000000'),
      }),
      'scorecardId',
      'notFound',
      'an unknown scorecard',
    );
    expect(await counts()).toEqual(before);

    const deleted = await call<{ deleteScorecard: { deletedId: string } }>(DELETE_SCORECARD, {
      scorecardId: toGlobalId('Scorecard', mistaken.id),
    });
    expect(deleted.data?.deleteScorecard.deletedId).toBe(toGlobalId('Scorecard', mistaken.id));
    const nodeIds = [mistaken.officialId!, mistaken.id, ...mistaken.perspectives.map((p) => p.id)];
    expect(await t.db.prisma.scoreSnapshot.count({ where: { nodeId: { in: nodeIds } } })).toBe(0);
    expect(await t.db.prisma.scorecardPerspective.count({ where: { scorecardId: mistaken.id } })).toBe(0);
    expect(await counts()).toMatchObject({ scorecards: before.scorecards - 1, events: before.events + 1 });
    expect(await compareStoredScores(t.db.prisma, { tenantId: provinceId, year: DEMO_YEAR })).toEqual([]);
  });

  it('releases an official, then deletes the vacant position; a unit in use stays until it is empty', async () => {
    const released = await call<{ updateOfficial: { positionTitle: null } }>(UPDATE_OFFICIAL, {
      officialId,
      name: 'Baiq Nurul Hidayati, S.Si., M.Sc.',
      positionId: null,
    });
    expect(released.data?.updateOfficial.positionTitle).toBeNull();
    // Contact details left out of the edit are kept.
    const stored = await t.db.prisma.official.findUniqueOrThrow({ where: { nip: NIP } });
    expect(stored.email).toBe('baiq.nurul@ntbprov.go.id');
    const tenant = await gql<{ node: { unplacedOfficials: { nip: string }[] } }>(
      t.base,
      TENANT,
      { id: toGlobalId('Tenant', provinceId) },
      admin,
    );
    expect(tenant.data!.node.unplacedOfficials.map((o) => o.nip)).toContain(NIP);
    expect((await call(DELETE_POSITION, { positionId })).errors).toBeUndefined();

    const before = await counts();
    const inUse = await call(DELETE_UNIT, { orgUnitId: opdId });
    expectRefused(inUse, 'orgUnitId', 'inUse', 'an OPD with a bidang');
    expect(inUse.errors![0]!.extensions!.params).toEqual({ children: 1 });
    const withScorecard = await call(DELETE_UNIT, { orgUnitId: divisionId });
    expect(withScorecard.errors![0]!.extensions!.params).toEqual({ children: 1, scorecards: 1 });
    expect(await counts()).toEqual(before);

    const seksi = await t.db.prisma.orgUnit.findFirstOrThrow({ where: { code: 'OPD-UJI.1.1' } });
    const deleted = await call<{ deleteOrgUnit: { deletedId: string } }>(DELETE_UNIT, {
      orgUnitId: toGlobalId('OrgUnit', seksi.id),
    });
    expect(deleted.data?.deleteOrgUnit.deletedId).toBe(toGlobalId('OrgUnit', seksi.id));
    expect(await t.db.prisma.scopeMonthStats.count({ where: { scopeId: seksi.id } })).toBe(0);
    expect(await compareStoredScores(t.db.prisma, { tenantId: provinceId, year: DEMO_YEAR })).toEqual([]);

    const log = await gql<{
      auditLog: { edges: { node: { action: string; before: unknown; after: unknown } }[] };
    }>(t.base, AUDIT, { scope: opdId, type: 'OrgUnit' }, admin);
    expect(log.data!.auditLog.edges.map((e) => e.node.action).sort()).toEqual([
      'CREATED',
      'CREATED',
      'CREATED',
      'DELETED',
    ]);
  });

  it("loads the province's whole tree, positions and holders in a fixed number of queries", async () => {
    const tree = `query($id: ID!) { node(id: $id) { ... on Tenant { opds { ...U children { ...U children { ...U } } } } } }
      fragment U on OrgUnit { id scorecard(year: ${DEMO_YEAR}) { id }
        positions { id holder { id nip scorecard(year: ${DEMO_YEAR}) { id } } } }`;
    t.sql.length = 0;
    const res = await gql<{ node: { opds: TreeUnit[] } }>(
      t.base,
      tree,
      { id: toGlobalId('Tenant', provinceId) },
      admin,
    );
    const statements = t.sql.length;
    expect(res.errors).toBeUndefined();
    const units = res.data!.node.opds.flatMap(function all(u: TreeUnit): TreeUnit[] {
      return [u, ...(u.children ?? []).flatMap(all)];
    });
    const positions = units.flatMap((u) => u.positions);
    // Every unit and position of the province is there, each holder with its own NIP.
    expect(units).toHaveLength(await t.db.prisma.orgUnit.count({ where: { tenantId: provinceId } }));
    expect(positions).toHaveLength(await t.db.prisma.position.count({ where: { tenantId: provinceId } }));
    const held = await t.db.prisma.official.findMany({
      where: { position: { tenantId: provinceId } },
      select: { nip: true, positionId: true },
    });
    expect(
      positions
        .filter((p) => p.holder)
        .map((p) => p.holder!.nip)
        .sort(),
    ).toEqual(held.map((o) => o.nip).sort());
    // A few queries per level of the tree, not one per unit or position (hundreds of each).
    expect(positions.length).toBeGreaterThan(100);
    expect(statements).toBeLessThan(40);
  });

  it('adds a kabupaten with default settings and its own figures, renames it; a regency cannot hold one', async () => {
    const created = await call<{
      createTenant: { id: string; kind: string; timeZone: string; parent: { id: string } };
    }>(CREATE_TENANT, {
      parentTenantId: toGlobalId('Tenant', provinceId),
      kind: 'REGENCY',
      code: 'KAB-UJI',
      name: 'Kabupaten Uji Coba',
      shortName: 'Uji Coba',
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createTenant).toMatchObject({
      kind: 'REGENCY',
      timeZone: 'Asia/Makassar',
      parent: { id: toGlobalId('Tenant', provinceId) },
    });
    const newId = created.data!.createTenant.id.replace(/^Tenant:/, '');
    expect(await compareStoredScores(t.db.prisma, { tenantId: newId, year: DEMO_YEAR })).toEqual([]);

    // Renamed with its capital; an edit that leaves the capital out keeps it.
    const tenantId = created.data!.createTenant.id;
    const renamed = await call<{ updateTenant: { name: string; shortName: string; capital: string | null } }>(
      UPDATE_TENANT,
      { tenantId, name: 'Kabupaten Uji Coba Baru', shortName: 'Uji Baru', capital: ' Praya Uji ' },
    );
    expect(renamed.data?.updateTenant).toEqual({
      name: 'Kabupaten Uji Coba Baru',
      shortName: 'Uji Baru',
      capital: 'Praya Uji',
    });
    const kept = await call<{ updateTenant: { capital: string | null } }>(UPDATE_TENANT, {
      tenantId,
      name: 'Kabupaten Uji Coba Baru',
      shortName: 'Uji Baru',
    });
    expect(kept.data?.updateTenant.capital).toBe('Praya Uji');
    const before = await counts();
    expectRefused(
      await call(UPDATE_TENANT, { tenantId, name: ' ', shortName: 'Uji' }),
      'name',
      'too_small',
      'a blank name',
    );
    const forbidden = await call(UPDATE_TENANT, { tenantId, name: 'X', shortName: 'X' }, head);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
    expect((await t.db.prisma.tenant.findUniqueOrThrow({ where: { id: newId } })).name).toBe(
      'Kabupaten Uji Coba Baru',
    );
    const nested = await call(CREATE_TENANT, {
      parentTenantId: created.data!.createTenant.id,
      kind: 'CITY',
      code: 'KOTA-UJI',
      name: 'Kota',
      shortName: 'Kota',
    });
    expectRefused(nested, 'parentTenantId', 'notProvince', 'a kabupaten under a kabupaten');
    expectRefused(
      await call(CREATE_TENANT, {
        parentTenantId: toGlobalId('Tenant', provinceId),
        kind: 'PROVINCE',
        code: 'PROV-2',
        name: 'P',
        shortName: 'P',
      }),
      'kind',
      'invalid_value',
      'a second province',
    );
  });
});
