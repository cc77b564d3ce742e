// The scope matrix, generated from the schema: every query, mutation and subscription that takes
// an id is called by users of Dinas Kesehatan (an operator, the unit head) and by a city's leader
// with ids of Dinas PUPR's and the province's rows, which none of them may read or change. A query
// must answer nothing (an error, null or empty lists), a mutation must be refused and write
// nothing, a subscription must be refused. A root field without an id must be listed below as the
// viewer's own, so a new field cannot ship unchecked. Then every reference from Dinas Kesehatan's
// objects (a unit, indicators, a scorecard, objectives, officials, positions, a program, a
// sub-activity) to a node the viewer may not read must show what that node is and nothing it
// holds: no objects, no period figures, no lists but of nodes the viewer may read.
import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { hash } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from './generated/typeDefs';
import { toGlobalId, type NodeType } from './ids';
import {
  DEMO_PASSWORD,
  DEMO_YEAR,
  gql,
  loginAs,
  startTestServer,
  type TestServer,
} from './testing/testServer';
import { liveClient } from './testing/workflow';

/** Root fields with no target: each answers about the viewer only (checked by their own tests). */
const VIEWERS_OWN: Record<string, string> = {
  'Query.me': 'the viewer',
  'Query.wallDevice': "the wall device's own configuration",
  'Query.myTasks': "the operator's own assignments",
  'Query.notifications': "the viewer's inbox",
  'Query.notificationPreferences': "the viewer's choices",
  'Query.tenants': 'the tenants the viewer holds a role in',
  'Query.skpViewerOfficial': "the viewer's own official",
  'Query.skpAppraisees': 'the officials the viewer supervises',
  'Query.mySessions': "the viewer's sessions",
  'Query.myRecoveryCodesLeft': "the viewer's recovery codes",
  'Mutation.login': 'credentials',
  'Mutation.endOtherSessions': "the viewer's other sessions",
  'Mutation.changePassword': "the viewer's password",
  'Mutation.beginTotpSetup': "the viewer's two-step verification",
  'Mutation.confirmTotpSetup': "the viewer's two-step verification",
  'Mutation.disableTotp': "the viewer's two-step verification",
  'Mutation.logout': "the viewer's session",
  'Mutation.setNotificationPreference': "the viewer's choices",
  'Mutation.setMailLanguage': "the viewer's choices",
  'Mutation.setMailAddress': "the viewer's choices",
  'Mutation.importSheet': 'rows name indicators by id inside the file: imports.test.ts authorises each row',
  'Subscription.notificationBell': "the viewer's inbox",
};

/** The node type an id argument or input field names, by its name. */
const ID_TYPES: Record<string, NodeType> = {
  scopeId: 'OrgUnit',
  orgUnitId: 'OrgUnit',
  parentId: 'OrgUnit',
  ownerId: 'OrgUnit',
  tenantId: 'Tenant',
  parentTenantId: 'Tenant',
  indicatorId: 'Indicator',
  indicatorIds: 'Indicator',
  subjectId: 'Indicator',
  measurementId: 'Measurement',
  officialId: 'Official',
  picOfficialId: 'Official',
  objectiveId: 'Objective',
  parentObjectiveId: 'Objective',
  fromObjectiveId: 'Objective',
  toObjectiveId: 'Objective',
  scorecardId: 'Scorecard',
  issueId: 'Issue',
  directiveId: 'Directive',
  positionId: 'Position',
  deviceId: 'WallDevice',
  subActivityId: 'SubActivity',
  agreementId: 'PerformanceAgreement',
  versionId: 'AgreementVersion',
  planId: 'SkpPlan',
  rhkId: 'RencanaHasilKerja',
  parentRhkId: 'RencanaHasilKerja',
  userId: 'User',
  operatorIds: 'User',
  roleAssignmentId: 'RoleAssignment',
  ids: 'Notification',
  sessionId: 'Session',
};

const REFUSED = new Set(['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'UNAUTHENTICATED']);
const VIEWERS = ['operator-kesehatan', 'kadis-kesehatan', 'walikota-uji'] as const;

let t: TestServer;
let schema: GraphQLSchema;
const tokens: Record<string, string> = {};
/** Rows of Dinas PUPR and of the province, by node type (global ids). */
const targets = {} as Record<NodeType, string>;

function targetFor(name: string, where: string): string {
  const type = ID_TYPES[name];
  if (!type) throw new Error(`${where}: the id "${name}" names no known node type; add it to ID_TYPES`);
  const id = targets[type];
  if (!id) throw new Error(`${where}: no out-of-scope ${type} to try`);
  return id;
}

function scalarValue(type: string, name: string, where: string): unknown {
  switch (type) {
    case 'ID':
      return targetFor(name, where);
    case 'Int':
      return name === 'year' ? DEMO_YEAR : name === 'month' ? 10 : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'Rupiah':
      return '1000';
    case 'JSON':
      return {};
    default:
      return name.toLowerCase().includes('date') || name === 'followUpDue' ? `${DEMO_YEAR}-12-31` : 'uji';
  }
}

/** A value for an input: required fields, and every field that names another row. */
function inputValue(type: GraphQLInputType, name: string, where: string): unknown {
  if (isNonNullType(type)) return inputValue(type.ofType, name, where);
  if (isListType(type)) return [inputValue(type.ofType, name, where)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isScalarType(type)) return scalarValue(type.name, name, where);
  if (!isInputObjectType(type)) throw new Error(`${where}: unexpected input ${String(type)}`);
  const value: Record<string, unknown> = {};
  for (const field of Object.values(type.getFields())) {
    const namesRow = getNamedType(field.type).name === 'ID';
    if (isNonNullType(field.type) || namesRow)
      value[field.name] = inputValue(field.type, field.name, `${where}.${field.name}`);
  }
  return value;
}

function takesId(field: GraphQLField<unknown, unknown>): boolean {
  const visit = (type: GraphQLInputType, seen: Set<string>): boolean => {
    const named = getNamedType(type);
    if (named.name === 'ID') return true;
    if (!isInputObjectType(named) || seen.has(named.name)) return false;
    seen.add(named.name);
    return Object.values(named.getFields()).some((f) => visit(f.type, seen));
  };
  return field.args.some((a) => visit(a.type, new Set()));
}

/** `__typename`, and the lists the answer carries, so an empty container is no leak. */
function selection(type: GraphQLOutputType): { text: string; lists: string[] } {
  const named = getNamedType(type);
  if (!isObjectType(named))
    return { text: isScalarType(named) || isEnumType(named) ? '' : '{ __typename }', lists: [] };
  const lists = Object.values(named.getFields()).filter((f) => {
    const bare = isNonNullType(f.type) ? f.type.ofType : f.type;
    return isListType(bare) && f.args.every((a) => !isNonNullType(a.type));
  });
  const inner = lists.map((f) => {
    const item = getNamedType(f.type);
    return isObjectType(item) || !(isScalarType(item) || isEnumType(item))
      ? `${f.name} { __typename }`
      : f.name;
  });
  return { text: `{ __typename ${inner.join(' ')} }`, lists: lists.map((f) => f.name) };
}

function operationFor(kind: 'query' | 'mutation' | 'subscription', field: GraphQLField<unknown, unknown>) {
  const where = `${kind}.${field.name}`;
  const variables: Record<string, unknown> = {};
  const declared: string[] = [];
  const passed: string[] = [];
  for (const arg of field.args) {
    const named = getNamedType(arg.type);
    const namesRow = named.name === 'ID' || isInputObjectType(named);
    if (!isNonNullType(arg.type) && !namesRow) continue;
    // node(id) is tried below with one row of every type.
    variables[arg.name] =
      field.name === 'node' ? targets.Tenant : inputValue(arg.type, arg.name, `${where}(${arg.name})`);
    declared.push(`$${arg.name}: ${String(arg.type)}`);
    passed.push(`${arg.name}: $${arg.name}`);
  }
  const { text, lists } = selection(field.type);
  const args = passed.length ? `(${passed.join(', ')})` : '';
  const vars = declared.length ? `(${declared.join(', ')})` : '';
  return { query: `${kind}${vars} { ${field.name}${args} ${text} }`, variables, lists };
}

async function changeCount() {
  return t.db.prisma.changeEvent.count();
}

beforeAll(async () => {
  t = await startTestServer();
  schema = buildASTSchema(typeDefs);
  const prisma = t.db.prisma;
  const province = await prisma.tenant.findUniqueOrThrow({ where: { code: '52' } });
  const city = await prisma.tenant.create({
    data: {
      code: '5298',
      name: 'Kota Matriks',
      shortName: 'Matriks',
      kind: 'CITY',
      parentId: province.id,
      settings: { create: {} },
    },
  });
  await prisma.user.create({
    data: {
      username: 'walikota-uji',
      displayName: 'Wali Kota Uji',
      passwordHash: await hash(DEMO_PASSWORD),
      tenantId: city.id,
      roles: { create: { role: 'LEADER', tenantId: city.id } },
    },
  });
  for (const viewer of [...VIEWERS, 'superadmin']) tokens[viewer] = await loginAs(t.base, viewer);

  // Dinas PUPR's rows, and an SKP plan and an agreement for its head, made by the superadmin.
  const pupr = await prisma.orgUnit.findFirstOrThrow({ where: { shortName: 'PUPR', kind: 'OPD' } });
  const puprUnits = { orgUnit: { ancestorIds: { has: pupr.id } } };
  const official = await prisma.official.findFirstOrThrow({ where: { position: { orgUnitId: pupr.id } } });
  const admin = tokens.superadmin!;
  const plan = await gql<{ createSkpPlan: { id: string } }>(
    t.base,
    'mutation($i: CreateSkpPlanInput!) { createSkpPlan(input: $i) { id } }',
    { i: { officialId: toGlobalId('Official', official.id), year: DEMO_YEAR } },
    admin,
  );
  expect(plan.errors).toBeUndefined();
  const rhk = await gql(
    t.base,
    'mutation($i: AddRencanaHasilKerjaInput!) { addRencanaHasilKerja(input: $i) { id } }',
    {
      i: {
        planId: plan.data!.createSkpPlan.id,
        text: 'Terbangunnya jalan provinsi',
        indicators: [{ text: 'Panjang jalan', target: '10', unit: 'km' }],
      },
    },
    admin,
  );
  expect(rhk.errors).toBeUndefined();
  const agreement = await gql(
    t.base,
    'mutation($i: DraftAgreementInput!) { draftAgreement(input: $i) { id } }',
    {
      i: {
        officialId: toGlobalId('Official', official.id),
        year: DEMO_YEAR,
        attitude: 'Sikap',
        attention: 'Perhatian',
        action: 'Tindakan',
      },
    },
    admin,
  );
  expect(agreement.errors).toBeUndefined();

  // operator-pupr signs in: their session is one of the rows the others must not end.
  tokens['operator-pupr'] = await loginAs(t.base, 'operator-pupr');
  const operatorPupr = await prisma.user.findUniqueOrThrow({
    where: { username: 'operator-pupr' },
    include: { roles: true },
  });
  await prisma.notification.create({
    data: {
      tenantId: province.id,
      userId: operatorPupr.id,
      kind: 'DUE_SOON',
      dedupeKey: 'matrix',
      params: {},
      link: '/',
    },
  });
  const rows = {
    Tenant: province,
    OrgUnit: pupr,
    Official: official,
    User: operatorPupr,
    RoleAssignment: operatorPupr.roles[0],
    Indicator: await prisma.indicator.findFirst({ where: puprUnits }),
    Objective: await prisma.objective.findFirst({ where: { scorecard: { orgUnitId: pupr.id } } }),
    Scorecard: await prisma.scorecard.findFirst({ where: { orgUnitId: pupr.id } }),
    Measurement: await prisma.measurement.findFirst({ where: { indicator: puprUnits } }),
    SubActivity: await prisma.subActivity.findFirst({ where: { orgUnitId: pupr.id } }),
    Program: await prisma.program.findFirst({ where: { orgUnit: { ancestorIds: { has: pupr.id } } } }),
    Issue: await prisma.issue.findFirst({ where: { orgUnit: { ancestorIds: { has: pupr.id } } } }),
    Directive: await prisma.directive.findFirst({ where: { scopeIds: { has: pupr.id } } }),
    Position: await prisma.position.findFirst({ where: { orgUnitId: pupr.id } }),
    WallDevice: await prisma.wallDevice.findFirst({ where: { tenantId: province.id } }),
    PerformanceAgreement: await prisma.performanceAgreement.findFirst({ where: { officialId: official.id } }),
    AgreementVersion: await prisma.performanceAgreementVersion.findFirst({
      where: { agreement: { officialId: official.id } },
    }),
    SkpPlan: await prisma.skpPlan.findFirst({ where: { officialId: official.id } }),
    RencanaHasilKerja: await prisma.rencanaHasilKerja.findFirst({
      where: { plan: { officialId: official.id } },
    }),
    Notification: await prisma.notification.findFirst({ where: { dedupeKey: 'matrix' } }),
    Session: await prisma.session.findFirst({ where: { userId: operatorPupr.id, revokedAt: null } }),
  } satisfies Partial<Record<NodeType, { id: string } | null | undefined>>;
  for (const [type, row] of Object.entries(rows)) {
    if (!row) throw new Error(`the demo has no ${type} of Dinas PUPR to try`);
    targets[type as NodeType] = toGlobalId(type as NodeType, row.id);
  }
}, 180_000);

afterAll(async () => {
  await t?.stop();
});

function rootFields(kind: 'Query' | 'Mutation' | 'Subscription') {
  const type =
    kind === 'Query'
      ? schema.getQueryType()
      : kind === 'Mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  return Object.values(type!.getFields());
}

describe('the scope matrix', () => {
  it('knows every root field: each takes an id to check, or answers about the viewer only', () => {
    const unchecked = (['Query', 'Mutation', 'Subscription'] as const).flatMap((kind) =>
      rootFields(kind)
        .filter((f) => !takesId(f) && !VIEWERS_OWN[`${kind}.${f.name}`])
        .map((f) => `${kind}.${f.name}`),
    );
    expect(unchecked).toEqual([]);
  });

  it.each(VIEWERS)('%s reads nothing of Dinas PUPR or the province through any query', async (viewer) => {
    const leaks: string[] = [];
    for (const field of rootFields('Query')) {
      if (VIEWERS_OWN[`Query.${field.name}`] || !takesId(field)) continue;
      const ids = field.name === 'node' ? Object.values(targets) : [null];
      for (const id of ids) {
        const { query, variables, lists } = operationFor('query', field);
        const res = await gql(t.base, query, id ? { ...variables, id } : variables, tokens[viewer]);
        const code = res.errors?.[0]?.extensions?.code as string | undefined;
        if (res.errors) {
          if (!REFUSED.has(code ?? ''))
            leaks.push(`${field.name}${id ? ` ${id}` : ''}: ${code} ${res.errors[0]!.message}`);
          continue;
        }
        const answer = (res.data as Record<string, unknown> | null)?.[field.name];
        const empty =
          answer === null ||
          (Array.isArray(answer) && answer.length === 0) ||
          (typeof answer === 'object' &&
            lists.length > 0 &&
            lists.every((l) => ((answer as Record<string, unknown[]>)[l] ?? []).length === 0));
        if (!empty)
          leaks.push(`${field.name}${id ? ` ${id}` : ''}: answered ${JSON.stringify(answer).slice(0, 120)}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it.each(VIEWERS)(
    '%s changes nothing of Dinas PUPR or the province through any mutation',
    async (viewer) => {
      const leaks: string[] = [];
      for (const field of rootFields('Mutation')) {
        if (VIEWERS_OWN[`Mutation.${field.name}`] || !takesId(field)) continue;
        const { query, variables } = operationFor('mutation', field);
        const before = await changeCount();
        const res = await gql(t.base, query, variables, tokens[viewer]);
        const code = res.errors?.[0]?.extensions?.code as string | undefined;
        const after = await changeCount();
        if (after !== before) leaks.push(`${field.name}: wrote ${after - before} change(s)`);
        // Marking notifications read answers the viewer's own inbox; another user's stays unread.
        if (field.name === 'markNotificationsRead') continue;
        if (!res.errors || !REFUSED.has(code ?? '')) leaks.push(`${field.name}: ${code ?? 'accepted'}`);
      }
      const foreign = await t.db.prisma.notification.findFirstOrThrow({ where: { dedupeKey: 'matrix' } });
      expect(foreign.readAt).toBeNull();
      // Personal settings are not in the change log: operator-pupr is still signed in and active.
      const me = await gql<{ me: { username: string } | null }>(
        t.base,
        '{ me { username } }',
        {},
        tokens['operator-pupr'],
      );
      expect(me.data?.me?.username).toBe('operator-pupr');
      expect(leaks).toEqual([]);
    },
  );

  it.each(VIEWERS)('%s cannot subscribe to Dinas PUPR or the province', async (viewer) => {
    const client = liveClient(t.wsUrl, tokens[viewer]!);
    const outcomes: string[] = [];
    try {
      for (const field of rootFields('Subscription')) {
        if (VIEWERS_OWN[`Subscription.${field.name}`]) continue;
        const { query, variables } = operationFor('subscription', field);
        const outcome = await new Promise<string>((resolve) => {
          // The refused subscription is completed by the server; data would be a leak, and so
          // would silence (a subscription left open for an outsider).
          setTimeout(() => resolve('silent'), 10_000);
          client.subscribe(
            { query, variables },
            {
              next: (value) => resolve(value.errors ? String(value.errors[0]?.extensions?.code) : 'data'),
              error: (error) =>
                resolve(
                  Array.isArray(error) ? String(error[0]?.extensions?.code) : `closed ${String(error)}`,
                ),
              complete: () => resolve('complete'),
            },
          );
        });
        outcomes.push(REFUSED.has(outcome) ? 'refused' : `${field.name}: ${outcome}`);
      }
    } finally {
      await client.dispose();
    }
    expect(outcomes).toEqual(outcomes.map(() => 'refused'));
  });
});

describe('the path from a unit up to its tenant', () => {
  const UP = `query($id: ID!, $year: Int!) { node(id: $id) { ... on OrgUnit { tenant {
    id name timeZone scorecard(year: $year) { id } parent { id } children { id } opds { id } } } } }`;
  const SCORE = `query($id: ID!, $year: Int!) { node(id: $id) { ... on OrgUnit { tenant { score(year: $year, month: 10) { value } } } } }`;
  const UNPLACED = `query($id: ID!) { node(id: $id) { ... on OrgUnit { tenant { unplacedOfficials { id } } } } }`;
  const READ = `query($id: ID!) { node(id: $id) { id } }`;

  it.each(['operator-kesehatan', 'kadis-kesehatan'])(
    '%s learns the province’s name from Dinas Kesehatan, and none of its data',
    async (viewer) => {
      const dikes = await t.db.prisma.orgUnit.findFirstOrThrow({
        where: { shortName: 'Dikes', kind: 'OPD' },
      });
      const variables = { id: toGlobalId('OrgUnit', dikes.id), year: DEMO_YEAR };
      const up = await gql<{
        node: {
          tenant: { name: string; scorecard: unknown; children: { id: string }[]; opds: { id: string }[] };
        };
      }>(t.base, UP, variables, tokens[viewer]);
      expect(up.errors).toBeUndefined();
      const tenant = up.data!.node.tenant;
      expect(tenant.name).toBe('Provinsi Nusa Tenggara Barat');
      expect(tenant.scorecard).toBeNull();
      // Every unit or tenant listed there is one the viewer may open.
      for (const { id } of [...tenant.children, ...tenant.opds]) {
        const read = await gql<{ node: { id: string } | null }>(t.base, READ, { id }, tokens[viewer]);
        expect(read.data?.node, id).not.toBeNull();
      }
      const score = await gql(t.base, SCORE, variables, tokens[viewer]);
      expect(score.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const unplaced = await gql(t.base, UNPLACED, variables, tokens[viewer]);
      expect(unplaced.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    },
  );
});

describe('references from readable objects', () => {
  const READ = `query($id: ID!) { node(id: $id) { id } }`;
  const TYPE = `query($id: ID!) { node(id: $id) { __typename } }`;

  /** A field's arguments as this walk fills them: the demo's year and October. */
  function argsOf(field: GraphQLField<unknown, unknown>): string {
    const required = field.args.filter((a) => isNonNullType(a.type));
    if (required.length === 0) return '';
    const value = (name: string) => (name === 'year' ? DEMO_YEAR : name === 'month' ? 10 : null);
    if (required.some((a) => value(a.name) === null)) return 'skip';
    return `(${required.map((a) => `${a.name}: ${value(a.name)}`).join(', ')})`;
  }

  const nodeTypes = () =>
    new Set(
      Object.values(schema.getTypeMap())
        .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node'))
        .map((t) => t.name),
    );

  /** Fields of `type` that lead to nodes, with their arguments filled. */
  function referenceFields(typeName: string) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) return [];
    const nodes = nodeTypes();
    return Object.values(type.getFields()).flatMap((f) => {
      const named = getNamedType(f.type);
      const args = argsOf(f);
      const leadsToNodes =
        nodes.has(named.name) || (isUnionType(named) && named.getTypes().some((m) => nodes.has(m.name)));
      return leadsToNodes && args !== 'skip' ? [{ name: f.name, args }] : [];
    });
  }

  /** Fields that hold something (objects, lists, anything by period), as opposed to describing. */
  function holdingFields(typeName: string) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) return [];
    return Object.values(type.getFields()).flatMap((f) => {
      const named = getNamedType(f.type);
      const bare = isNonNullType(f.type) ? f.type.ofType : f.type;
      const describes =
        (isScalarType(named) || isEnumType(named)) && !isListType(bare) && f.args.length === 0;
      const args = argsOf(f);
      if (describes || args === 'skip') return [];
      return [
        {
          name: f.name,
          args,
          select: isScalarType(named) || isEnumType(named) ? '' : '{ __typename ... on Node { id } }',
        },
      ];
    });
  }

  it.each(['operator-kesehatan', 'kadis-kesehatan'])(
    '%s reaches from Dinas Kesehatan only what they may read, or what describes itself',
    async (viewer) => {
      const prisma = t.db.prisma;
      const dikes = await prisma.orgUnit.findFirstOrThrow({ where: { shortName: 'Dikes', kind: 'OPD' } });
      const inDikes = { orgUnit: { ancestorIds: { has: dikes.id } } };
      const starts = [
        toGlobalId('OrgUnit', dikes.id),
        ...(
          await prisma.indicator.findMany({
            where: { ...inDikes, parentIndicatorId: { not: null } },
            take: 2,
          })
        ).map((r) => toGlobalId('Indicator', r.id)),
        ...(await prisma.indicator.findMany({ where: inDikes, take: 2 })).map((r) =>
          toGlobalId('Indicator', r.id),
        ),
        ...(await prisma.scorecard.findMany({ where: { orgUnitId: dikes.id }, take: 1 })).map((r) =>
          toGlobalId('Scorecard', r.id),
        ),
        ...(await prisma.objective.findMany({ where: { scorecard: { orgUnitId: dikes.id } }, take: 3 })).map(
          (r) => toGlobalId('Objective', r.id),
        ),
        ...(await prisma.official.findMany({ where: { position: { orgUnitId: dikes.id } }, take: 2 })).map(
          (r) => toGlobalId('Official', r.id),
        ),
        ...(await prisma.position.findMany({ where: { orgUnitId: dikes.id }, take: 2 })).map((r) =>
          toGlobalId('Position', r.id),
        ),
        ...(
          await prisma.program.findMany({ where: { orgUnit: { ancestorIds: { has: dikes.id } } }, take: 1 })
        ).map((r) => toGlobalId('Program', r.id)),
        ...(await prisma.subActivity.findMany({ where: { orgUnitId: dikes.id }, take: 1 })).map((r) =>
          toGlobalId('SubActivity', r.id),
        ),
      ];
      const token = tokens[viewer];
      const leaks: string[] = [];
      /** The references that led out of the viewer's scope, each checked field by field. */
      const outside = new Set<string>();
      const readable = new Map<string, boolean>();
      const canRead = async (id: string) => {
        if (!readable.has(id)) {
          const res = await gql<{ node: { id: string } | null }>(t.base, READ, { id }, token);
          readable.set(id, !res.errors && res.data?.node !== null);
        }
        return readable.get(id)!;
      };
      for (const start of starts) {
        const typed = await gql<{ node: { __typename: string } | null }>(t.base, TYPE, { id: start }, token);
        const typeName = typed.data?.node?.__typename;
        expect(typeName, `${viewer} reads ${start}`).toBeDefined();
        for (const field of referenceFields(typeName!)) {
          const query = `query($id: ID!) { node(id: $id) { ... on ${typeName} { ${field.name}${field.args} {
            __typename ... on Node { id } } } } }`;
          const res = await gql<{ node: Record<string, unknown> | null }>(
            t.base,
            query,
            { id: start },
            token,
          );
          const value = res.data?.node?.[field.name];
          const reached = (Array.isArray(value) ? value : value ? [value] : []).slice(0, 20) as {
            __typename: string;
            id?: string;
          }[];
          for (const node of reached) {
            if (!node.id || (await canRead(node.id))) continue;
            outside.add(`${typeName}.${field.name} → ${node.__typename}`);
            // Out of the viewer's scope: it may say what it is, and must give nothing it holds.
            for (const held of holdingFields(node.__typename)) {
              const deep = `query($id: ID!) { node(id: $id) { ... on ${typeName} { ${field.name}${field.args} {
                ... on ${node.__typename} { id ${held.name}${held.args} ${held.select} } } } } }`;
              const answer = await gql<{ node: Record<string, unknown> | null }>(
                t.base,
                deep,
                { id: start },
                token,
              );
              const code = answer.errors?.[0]?.extensions?.code as string | undefined;
              if (answer.errors && REFUSED.has(code ?? '')) continue;
              const through = answer.data?.node?.[field.name];
              const items = (Array.isArray(through) ? through : [through]) as Record<string, unknown>[];
              const got = items.find((i) => i && (i as { id?: string }).id === node.id) ?? items[0];
              const heldValue = got?.[held.name];
              const listed = (
                Array.isArray(heldValue) ? heldValue : heldValue == null ? [] : [heldValue]
              ) as {
                id?: string;
              }[];
              // Nodes it lists are fine when the viewer may read each (lists filtered to the viewer).
              const shown: unknown[] = [];
              for (const item of listed) if (!item?.id || !(await canRead(item.id))) shown.push(item);
              if (shown.length > 0)
                leaks.push(
                  `${typeName}.${field.name} → ${node.__typename} ${node.id}: ${held.name} ${JSON.stringify(heldValue).slice(0, 80)}`,
                );
            }
          }
        }
      }
      // The walk went somewhere: at least the unit's tenant (the province) lies outside.
      expect([...outside]).toContain('OrgUnit.tenant → Tenant');
      expect(leaks).toEqual([]);
    },
  );
});
