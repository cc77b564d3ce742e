// User administration over the real server: an administrator creates an operator for Dinas
// Kesehatan who logs in and sees their tasks, grants and revokes roles, resets a password (which
// ends the old sessions); bad input writes nothing and the audit log never holds a secret.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../ids';
import { DEMO_YEAR, gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';

const USER = `id username displayName isActive roleAssignments { id role scope { ... on Tenant { id name } ... on OrgUnit { id name } } }`;
const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { ${USER} } }`;
const ASSIGN = `mutation($input: AssignRoleInput!) { assignRole(input: $input) { ${USER} } }`;
const REVOKE = `mutation($input: RevokeRoleInput!) { revokeRole(input: $input) { ${USER} } }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { id } }`;
const USERS = `query($t: ID!) { users(tenantId: $t) { ${USER} } }`;
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const ME = '{ me { id username } }';
const TASKS = `query($y: Int!, $m: Int!) { myTasks(year: $y, month: $m) { indicators { code owner { ... on OrgUnit { name } } } } }`;
const CREATE_INDICATOR = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }`;
const AUDIT = `query($s: ID!) { auditLog(scopeId: $s, entityType: "User", first: 50) {
  edges { node { action entityId before after } } } }`;

interface UserView {
  id: string;
  username: string;
  roleAssignments: { id: string; role: string; scope: { id: string; name: string } }[];
}

const PASSWORD = 'rahasia-dikes-2026';
const NEW_PASSWORD = 'kata-sandi-baru-99';

let t: TestServer;
let admin: string;
let head: string;
let provinceId: string;
let dikesId: string;
let created: UserView;

function createUser(input: Record<string, unknown>, token = admin) {
  return gql<{ createUser: UserView }>(
    t.base,
    CREATE,
    {
      input: {
        username: 'operator-dikes-baru',
        displayName: 'Operator Baru Dinas Kesehatan',
        password: PASSWORD,
        role: 'OPERATOR',
        scopeId: dikesId,
        ...input,
      },
    },
    token,
  );
}

async function counts() {
  const [users, roles, events, sessions] = await Promise.all([
    t.db.prisma.user.count(),
    t.db.prisma.roleAssignment.count(),
    t.db.prisma.changeEvent.count(),
    t.db.prisma.session.count({ where: { revokedAt: null } }),
  ]);
  return { users, roles, events, sessions };
}

beforeAll(async () => {
  t = await startTestServer();
  [admin, head] = await Promise.all([loginAs(t.base, 'superadmin'), loginAs(t.base, 'kadis-kesehatan')]);
  const dikes = await t.db.prisma.orgUnit.findFirstOrThrow({
    where: { kind: 'OPD', name: 'Dinas Kesehatan' },
  });
  dikesId = toGlobalId('OrgUnit', dikes.id);
  provinceId = toGlobalId('Tenant', dikes.tenantId);
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('user administration', () => {
  it('refuses bad input naming the field and the rule, and writes nothing', async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ username: 'ab' }, 'username', 'too_small'],
      [{ username: 'x'.repeat(65) }, 'username', 'too_big'],
      [{ username: 'Operator Baru' }, 'username', 'invalid_format'],
      [{ username: 'operator-kesehatan' }, 'username', 'unique'],
      [{ displayName: '  ' }, 'displayName', 'too_small'],
      [{ password: 'pendek' }, 'password', 'too_small'],
      [{ password: '' }, 'password', 'too_small'],
      [{ scopeId: 'Objective:00000000-0000-7000-8000-000000000000' }, 'scopeId', 'scopeType'],
      [{ scopeId: toGlobalId('OrgUnit', '00000000-0000-7000-8000-000000000000') }, 'scopeId', 'notFound'],
    ];
    for (const [input, field, rule] of cases) {
      const res = await createUser(input);
      expect(res.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        rule,
      });
    }
    const forbidden = await createUser({}, head);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listed = await gql(t.base, USERS, { t: provinceId }, head);
    expect(listed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('creates an operator for Dinas Kesehatan who logs in and sees the Dikes tasks', async () => {
    const res = await createUser({ clientMutationId: 'create-operator-1' });
    expect(res.errors).toBeUndefined();
    created = res.data!.createUser;
    expect(created.username).toBe('operator-dikes-baru');
    expect(created.roleAssignments).toEqual([
      expect.objectContaining({ role: 'OPERATOR', scope: { id: dikesId, name: 'Dinas Kesehatan' } }),
    ]);
    // A retry with the same clientMutationId answers the same user and creates nothing more.
    const users = await t.db.prisma.user.count();
    const retry = await createUser({ clientMutationId: 'create-operator-1' });
    expect(retry.data?.createUser.id).toBe(created.id);
    expect(await t.db.prisma.user.count()).toBe(users);
    const stored = await t.db.prisma.user.findUniqueOrThrow({ where: { username: 'operator-dikes-baru' } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);

    const listed = await gql<{ users: UserView[] }>(t.base, USERS, { t: provinceId }, admin);
    expect(listed.data?.users.map((u) => u.username)).toContain('operator-dikes-baru');

    // The administrator assigns the new operator an indicator of the Dikes scorecard.
    const objective = await t.db.prisma.objective.findFirstOrThrow({
      where: { scorecard: { orgUnitId: dikesId.split(':')[1], year: DEMO_YEAR } },
      orderBy: { code: 'asc' },
    });
    const indicator = await gql(
      t.base,
      CREATE_INDICATOR,
      {
        input: {
          objectiveId: toGlobalId('Objective', objective.id),
          code: 'IKU-OPBARU',
          name: 'Cakupan imunisasi dasar lengkap',
          unit: '%',
          polarity: 'MAXIMIZE',
          aggregation: 'LAST',
          weight: 1,
          targets: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, value: 90 })),
          operatorIds: [created.id],
        },
      },
      admin,
    );
    expect(indicator.errors).toBeUndefined();

    const login = await gql<{ login: { token: string } }>(t.base, LOGIN, {
      u: 'operator-dikes-baru',
      p: PASSWORD,
    });
    const token = login.data!.login.token;
    const tasks = await gql<{ myTasks: { indicators: { code: string; owner: { name: string } }[] } }>(
      t.base,
      TASKS,
      { y: DEMO_YEAR, m: 11 },
      token,
    );
    expect(tasks.errors).toBeUndefined();
    expect(tasks.data!.myTasks.indicators).toContainEqual({
      code: 'IKU-OPBARU',
      owner: { name: 'Dinas Kesehatan' },
    });
  });

  it('grants and revokes a role; an administrator keeps their last administrator role', async () => {
    const assigned = await gql<{ assignRole: UserView }>(
      t.base,
      ASSIGN,
      { input: { userId: created.id, role: 'VIEWER', scopeId: provinceId } },
      admin,
    );
    expect(assigned.errors).toBeUndefined();
    const viewerRole = assigned.data!.assignRole.roleAssignments.find((r) => r.role === 'VIEWER')!;
    expect(viewerRole.scope.id).toBe(provinceId);

    const again = await gql(
      t.base,
      ASSIGN,
      { input: { userId: created.id, role: 'VIEWER', scopeId: provinceId } },
      admin,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ field: 'role', rule: 'unique' });

    const byHead = await gql(t.base, REVOKE, { input: { roleAssignmentId: viewerRole.id } }, head);
    expect(byHead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const revoked = await gql<{ revokeRole: UserView }>(
      t.base,
      REVOKE,
      { input: { roleAssignmentId: viewerRole.id } },
      admin,
    );
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeRole.roleAssignments.map((r) => r.role)).toEqual(['OPERATOR']);
    const listed = await gql<{ users: UserView[] }>(t.base, USERS, { t: provinceId }, admin);
    const row = listed.data!.users.find((u) => u.id === created.id)!;
    expect(row.roleAssignments.map((r) => r.id)).not.toContain(viewerRole.id);

    const me = await gql<{ users: UserView[] }>(t.base, USERS, { t: provinceId }, admin);
    const superadmin = me.data!.users.find((u) => u.username === 'superadmin')!;
    const own = superadmin.roleAssignments.find((r) => r.role === 'SUPER_ADMIN')!;
    const before = await counts();
    const last = await gql(t.base, REVOKE, { input: { roleAssignmentId: own.id } }, admin);
    expect(last.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'roleAssignmentId',
      rule: 'lastAdministrator',
    });
    expect(await counts()).toEqual(before);
  });

  it('resets a password and ends the old sessions', async () => {
    const old = await gql<{ login: { token: string } }>(t.base, LOGIN, {
      u: 'operator-dikes-baru',
      p: PASSWORD,
    });
    const oldToken = old.data!.login.token;
    expect((await gql<{ me: { id: string } }>(t.base, ME, {}, oldToken)).data?.me?.id).toBe(created.id);

    const short = await gql(t.base, RESET, { input: { userId: created.id, newPassword: 'pendek' } }, admin);
    expect(short.errors?.[0]?.extensions).toMatchObject({ field: 'newPassword', rule: 'too_small' });
    const byHead = await gql(
      t.base,
      RESET,
      { input: { userId: created.id, newPassword: NEW_PASSWORD } },
      head,
    );
    expect(byHead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const reset = await gql(
      t.base,
      RESET,
      { input: { userId: created.id, newPassword: NEW_PASSWORD } },
      admin,
    );
    expect(reset.errors).toBeUndefined();
    expect((await gql<{ me: unknown }>(t.base, ME, {}, oldToken)).data?.me).toBeNull();
    const withOld = await gql(t.base, LOGIN, { u: 'operator-dikes-baru', p: PASSWORD });
    expect(withOld.errors?.[0]?.extensions).toMatchObject({ field: 'password', rule: 'credentials' });
    const withNew = await gql<{ login: { token: string } }>(t.base, LOGIN, {
      u: 'operator-dikes-baru',
      p: NEW_PASSWORD,
    });
    expect(withNew.data?.login.token).toBeTruthy();
  });

  it('logs every change without a password or hash', async () => {
    const audit = await gql<{
      auditLog: { edges: { node: { action: string; entityId: string; before: unknown; after: unknown } }[] };
    }>(t.base, AUDIT, { s: dikesId }, admin);
    expect(audit.errors).toBeUndefined();
    const entries = audit.data!.auditLog.edges.map((e) => e.node).filter((n) => n.entityId === created.id);
    expect(entries.map((e) => e.action).sort()).toEqual(['CREATED', 'PASSWORD_RESET']);
    const province = await gql<{
      auditLog: { edges: { node: { action: string; entityId: string; before: unknown; after: unknown } }[] };
    }>(t.base, AUDIT, { s: provinceId }, admin);
    const all = province.data!.auditLog.edges.map((e) => e.node).filter((n) => n.entityId === created.id);
    expect(all.map((e) => e.action).sort()).toEqual([
      'CREATED',
      'PASSWORD_RESET',
      'ROLE_ASSIGNED',
      'ROLE_REVOKED',
    ]);
    const stored = await t.db.prisma.user.findUniqueOrThrow({ where: { id: created.id.split(':')[1] } });
    const text = JSON.stringify(all);
    for (const secret of [PASSWORD, NEW_PASSWORD, stored.passwordHash, 'argon2', 'passwordHash'])
      expect(text).not.toContain(secret);
    expect(all.find((e) => e.action === 'CREATED')?.after).toMatchObject({
      username: 'operator-dikes-baru',
      roles: [{ role: 'OPERATOR', scopeId: dikesId }],
    });
  });
});
