// Paths from one object to its tenant or to another unit lead to nothing outside the viewer's
// scope: a unit head who climbs from their OPD to its tenant sees the tenant's name and no other
// OPD, scorecard or official; an administrator of a kabupaten who lists a user also holding a role
// on a province OPD sees that role's unit by name, but not its positions or the officials in them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../ids';
import { DEMO_YEAR, gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';

const CREATE_TENANT = `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const ASSIGN = `mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }`;
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const TENANT_FIELDS = `name opds { id } children { id } parent { id } scorecard(year: ${DEMO_YEAR}) { id }`;
const UNIT_FIELDS = `name positions { title holder { name nip } } officials { name }
  tenant { ${TENANT_FIELDS} }`;
const UP_FROM_UNIT = `query($id: ID!) { node(id: $id) { ... on OrgUnit { ${UNIT_FIELDS} } } }`;
const USERS = `query($t: ID!) { users(tenantId: $t) { username roleAssignments { role
  scope { __typename ... on OrgUnit { ${UNIT_FIELDS} } ... on Tenant { ${TENANT_FIELDS} } } } } }`;
const PASSWORD = 'rahasia-kabupaten-2026';

let t: TestServer;
let admin: string;
let provinceId: string;
let dikesId: string;

async function login(username: string) {
  const res = await gql<{ login: { token: string } }>(t.base, LOGIN, { u: username, p: PASSWORD });
  return res.data!.login.token;
}

async function createUser(username: string, role: string, scopeId: string) {
  const res = await gql<{ createUser: { id: string } }>(
    t.base,
    CREATE_USER,
    { input: { username, displayName: username, password: PASSWORD, role, scopeId } },
    admin,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createUser.id;
}

beforeAll(async () => {
  t = await startTestServer();
  admin = await loginAs(t.base, 'superadmin');
  const dikes = await t.db.prisma.orgUnit.findFirstOrThrow({
    where: { kind: 'OPD', name: 'Dinas Kesehatan' },
  });
  provinceId = toGlobalId('Tenant', dikes.tenantId);
  dikesId = toGlobalId('OrgUnit', dikes.id);
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('paths to a tenant or another unit', () => {
  it('lets a unit head reach their tenant by name and nothing else of it', async () => {
    const head = await loginAs(t.base, 'kadis-kesehatan');
    const res = await gql<{ node: { positions: unknown[]; tenant: Record<string, unknown> } }>(
      t.base,
      UP_FROM_UNIT,
      { id: dikesId },
      head,
    );
    expect(res.errors).toBeUndefined();
    // Their own unit's positions are theirs to see.
    expect(res.data!.node.positions.length).toBeGreaterThan(0);
    expect(res.data!.node.tenant).toEqual({
      name: expect.any(String),
      opds: [{ id: dikesId }],
      children: [],
      parent: null,
      scorecard: null,
    });
  });

  it('shows a kabupaten administrator a province role by name, without its positions or officials', async () => {
    const created = await gql<{ createTenant: { id: string } }>(
      t.base,
      CREATE_TENANT,
      {
        input: {
          parentTenantId: provinceId,
          kind: 'REGENCY',
          code: 'KAB-JALUR',
          name: 'Kabupaten Jalur Uji',
          shortName: 'Jalur Uji',
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const regencyId = created.data!.createTenant.id;
    await createUser('admin-kab-jalur', 'TENANT_ADMIN', regencyId);
    const both = await createUser('pegawai-dua-pemda', 'OPERATOR', regencyId);
    const assigned = await gql(
      t.base,
      ASSIGN,
      { input: { userId: both, role: 'VIEWER', scopeId: dikesId } },
      admin,
    );
    expect(assigned.errors).toBeUndefined();

    const res = await gql<{
      users: { username: string; roleAssignments: { role: string; scope: Record<string, unknown> }[] }[];
    }>(t.base, USERS, { t: regencyId }, await login('admin-kab-jalur'));
    expect(res.errors).toBeUndefined();
    const user = res.data!.users.find((u) => u.username === 'pegawai-dua-pemda')!;
    const viewerRole = user.roleAssignments.find((r) => r.role === 'VIEWER')!;
    expect(viewerRole.scope).toEqual({
      __typename: 'OrgUnit',
      name: 'Dinas Kesehatan',
      positions: [],
      officials: [],
      // The province's only child it shows is the administrator's own kabupaten.
      tenant: {
        name: expect.any(String),
        opds: [],
        children: [{ id: regencyId }],
        parent: null,
        scorecard: null,
      },
    });
  });
});
