// The core contract over real HTTP and a real graphql-ws client, with every demo account:
// each sees what its role and scope allow, and nothing more.
import { createClient, type Client } from 'graphql-ws';
import { hash } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { loadConfig } from './config';
import { toGlobalId } from './ids';
import { LoginLimiter } from './modules/auth/lib/loginLimiter';
import { appendChange } from './modules/changes/providers/changeLog';
import { createAppServer } from './server';
import {
  DEMO_PASSWORD,
  DEMO_YEAR,
  gql,
  loginAs,
  startTestServer,
  type TestServer,
} from './testing/testServer';

const ACCOUNTS = [
  'superadmin',
  'gubernur',
  'sekda',
  'kadis-kesehatan',
  'operator-kesehatan',
  'kadis-pupr',
  'operator-pupr',
] as const;
type Account = (typeof ACCOUNTS)[number] | 'walikota-uji' | 'wall' | 'anonymous';

const SCOREBOARD = `query($scope: ID!, $year: Int!, $month: Int!) {
  scoreboard(scopeId: $scope, year: $year, month: $month) {
    scope { ... on Tenant { id name } ... on OrgUnit { id name } }
    score { value band predikat }
    perspectives { perspective weight score { value band } }
    ranking { rank index node { ... on OrgUnit { id shortName } } score { value band } budget { pagu absorption } timeliness }
    regencies { rank node { ... on Tenant { id } } }
    budget { pagu plannedSpend realisedSpend absorption spendDeviation }
    atRisk { indicatorId name score { value band } owner { ... on OrgUnit { id } ... on Tenant { id } } }
    openIssues { id title }
    seq
  }
}`;

describe('API contract', () => {
  let t: TestServer;
  const tokens = {} as Record<Account, string | undefined>;
  let province: string;
  let dikes: string;
  let pupr: string;
  let puprDivision: string;
  let regency: string;

  beforeAll(async () => {
    t = await startTestServer();
    for (const account of ACCOUNTS) tokens[account] = await loginAs(t.base, account);
    tokens.wall = t.wallToken;
    tokens.anonymous = undefined;
    const prisma = t.db.prisma;
    const tenant = await prisma.tenant.findUniqueOrThrow({ where: { code: '52' } });
    province = toGlobalId('Tenant', tenant.id);
    const units = await prisma.orgUnit.findMany({
      where: { shortName: { in: ['Dikes', 'PUPR'] }, kind: 'OPD' },
    });
    const dikesRow = units.find((u) => u.shortName === 'Dikes')!;
    const puprRow = units.find((u) => u.shortName === 'PUPR')!;
    dikes = toGlobalId('OrgUnit', dikesRow.id);
    pupr = toGlobalId('OrgUnit', puprRow.id);
    const division = await prisma.orgUnit.findFirstOrThrow({ where: { parentId: puprRow.id } });
    puprDivision = toGlobalId('OrgUnit', division.id);
    // Another tenant with a leader of its own: a city under the province.
    const city = await prisma.tenant.create({
      data: {
        code: '5299',
        name: 'Kota Uji',
        shortName: 'Uji',
        kind: 'CITY',
        parentId: tenant.id,
        settings: { create: {} },
      },
    });
    regency = toGlobalId('Tenant', city.id);
    await prisma.user.create({
      data: {
        username: 'walikota-uji',
        displayName: 'Wali Kota Uji',
        passwordHash: await hash(DEMO_PASSWORD),
        tenantId: city.id,
        roles: { create: { role: 'LEADER', tenantId: city.id } },
      },
    });
    tokens['walikota-uji'] = await loginAs(t.base, 'walikota-uji');
  });

  afterAll(async () => {
    await t?.stop();
  });

  describe('authentication', () => {
    it('answers /healthz and /readyz', async () => {
      expect(await (await fetch(`${t.base}/healthz`)).json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${t.base}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', database: 'ok', bus: 'ok' });
    });

    it('refuses a wrong password without saying whether the user exists', async () => {
      const wrong = await gql(
        t.base,
        'mutation { login(username: "gubernur", password: "salah-sekali") { token } }',
      );
      const unknown = await gql(
        t.base,
        'mutation { login(username: "tidak-ada", password: "salah-sekali") { token } }',
      );
      for (const res of [wrong, unknown]) {
        expect(res.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'password',
          rule: 'credentials',
        });
        expect(res.data).toBeNull();
      }
    });

    it('names the field when the login input is malformed', async () => {
      const res = await gql(t.base, 'mutation { login(username: "   ", password: "x") { token } }');
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
    });

    it('rate-limits repeated failures for one username', async () => {
      const attempt = () =>
        gql(t.base, 'mutation { login(username: "penyusup", password: "coba-coba-terus") { token } }');
      for (let i = 0; i < 5; i++)
        expect((await attempt()).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const limited = await attempt();
      expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(limited.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    });

    it('sets an HTTP-only, SameSite=Lax session cookie that authenticates the browser', async () => {
      const res = await gql(
        t.base,
        `mutation { login(username: "sekda", password: "${DEMO_PASSWORD}") { token user { username } } }`,
      );
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/ekinerja_session=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      const me = await fetch(`${t.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0]! },
        body: JSON.stringify({ query: '{ me { username } }' }),
      });
      expect(((await me.json()) as { data: { me: { username: string } } }).data.me.username).toBe('sekda');
    });

    it('returns each account with its roles from me', async () => {
      const res = await gql<{
        me: { username: string; roles: { role: string; scope: { shortName: string } }[] };
      }>(
        t.base,
        '{ me { username roles { role scope { ... on Tenant { shortName } ... on OrgUnit { shortName } } } } }',
        {},
        tokens['kadis-kesehatan'],
      );
      expect(res.data?.me).toEqual({
        username: 'kadis-kesehatan',
        roles: [{ role: 'UNIT_HEAD', scope: { shortName: 'Dikes' } }],
      });
      expect((await gql(t.base, '{ me { username } }', {}, tokens.wall)).data).toEqual({ me: null });
      expect((await gql(t.base, '{ me { username } }')).data).toEqual({ me: null });
    });

    it('treats a bad token as anonymous', async () => {
      const res = await gql(
        t.base,
        SCOREBOARD,
        { scope: province, year: DEMO_YEAR, month: 10 },
        'bukan-token',
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('revokes the session on logout: the token stops working at once', async () => {
      const token = await loginAs(t.base, 'gubernur');
      expect((await gql(t.base, 'mutation { logout }', {}, token)).data).toEqual({ logout: true });
      expect((await gql(t.base, '{ me { username } }', {}, token)).data).toEqual({ me: null });
      const res = await gql(t.base, SCOREBOARD, { scope: province, year: DEMO_YEAR, month: 10 }, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('authorisation matrix', () => {
    // [viewer, scope, allowed]: inside and outside each account's scope, and another tenant.
    const cases: [Account, () => string, boolean][] = [
      ['superadmin', () => province, true],
      ['gubernur', () => province, true],
      ['sekda', () => province, true],
      ['gubernur', () => dikes, true],
      ['gubernur', () => regency, true],
      ['kadis-kesehatan', () => dikes, true],
      ['kadis-kesehatan', () => province, false],
      ['kadis-kesehatan', () => pupr, false],
      ['operator-kesehatan', () => dikes, true],
      ['operator-kesehatan', () => pupr, false],
      ['kadis-pupr', () => pupr, true],
      ['kadis-pupr', () => puprDivision, true],
      ['kadis-pupr', () => dikes, false],
      ['operator-pupr', () => pupr, true],
      ['operator-pupr', () => province, false],
      ['walikota-uji', () => regency, true],
      ['walikota-uji', () => province, false],
      ['walikota-uji', () => dikes, false],
      ['wall', () => province, true],
      ['wall', () => dikes, true],
      ['anonymous', () => province, false],
    ];

    it.each(cases)('scoreboard: %s on scope #%#', async (account, scope, allowed) => {
      const res = await gql(
        t.base,
        SCOREBOARD,
        { scope: scope(), year: DEMO_YEAR, month: 10 },
        tokens[account],
      );
      if (allowed) {
        expect(res.errors).toBeUndefined();
        expect(res.data).toMatchObject({ scoreboard: { scope: { id: scope() } } });
      } else {
        expect(res.data).toBeNull();
        expect(res.errors?.[0]?.extensions?.code).toBe(
          account === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
        );
      }
    });

    it.each(cases)('node: %s on scope #%#', async (account, scope, allowed) => {
      const res = await gql<{ node: { id: string } | null }>(
        t.base,
        'query($id: ID!) { node(id: $id) { id } }',
        { id: scope() },
        tokens[account],
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.node).toEqual(allowed ? { id: scope() } : null);
    });

    it.each(['kadis-kesehatan', 'walikota-uji'] as const)(
      'changesSince follows the same scopes (%s)',
      async (account) => {
        const denied = await gql(
          t.base,
          '{ changesSince(scopeId: "' + pupr + '", seq: "0") { seq } }',
          {},
          tokens[account],
        );
        expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      },
    );

    it('lists only the tenants a viewer may see', async () => {
      const names = async (account: Account) =>
        (
          (await gql<{ tenants: { name: string }[] }>(t.base, '{ tenants { name } }', {}, tokens[account]))
            .data?.tenants ?? []
        ).map((x) => x.name);
      expect(await names('gubernur')).toEqual(['Provinsi Nusa Tenggara Barat', 'Kota Uji']);
      expect(await names('kadis-kesehatan')).toEqual(['Provinsi Nusa Tenggara Barat']);
      expect(await names('walikota-uji')).toEqual(['Kota Uji']);
      expect(await names('anonymous')).toEqual([]);
    });

    it('filters nested paths: a unit head cannot reach other OPDs through the tenant', async () => {
      const res = await gql<{
        node: { tenant: { opds: { shortName: string }[]; children: unknown[] }; parent: unknown };
      }>(
        t.base,
        'query($id: ID!) { node(id: $id) { ... on OrgUnit { parent { id } tenant { opds { shortName } children { id } } } } }',
        { id: dikes },
        tokens['kadis-kesehatan'],
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.node.tenant.opds.map((o) => o.shortName)).toEqual(['Dikes']);
      expect(res.data?.node.tenant.children).toEqual([]);
      expect(res.data?.node.parent).toBeNull();
    });

    it('filters the ranking of a shared scope to what the viewer may read', async () => {
      const full = await gql<{ scoreboard: { ranking: unknown[] } }>(
        t.base,
        SCOREBOARD,
        { scope: province, year: DEMO_YEAR, month: 10 },
        tokens.gubernur,
      );
      expect(full.data?.scoreboard.ranking).toHaveLength(37);
      const division = await gql<{ scoreboard: { ranking: { node: { shortName: string } }[] } }>(
        t.base,
        SCOREBOARD,
        { scope: pupr, year: DEMO_YEAR, month: 10 },
        tokens['kadis-pupr'],
      );
      expect(division.data?.scoreboard.ranking.length).toBeGreaterThan(0);
    });
  });

  describe('scoreboard', () => {
    it('returns the province score, perspectives, a complete ranking, budget and the sequence', async () => {
      const res = await gql<{
        scoreboard: {
          score: { value: number | null; band: string };
          perspectives: { perspective: string; weight: number }[];
          ranking: { rank: number; index: number | null; budget: { pagu: string } | null }[];
          budget: { pagu: string; absorption: number };
          seq: string;
        };
      }>(t.base, SCOREBOARD, { scope: province, year: DEMO_YEAR, month: 10 }, tokens.gubernur);
      expect(res.errors).toBeUndefined();
      const board = res.data!.scoreboard;
      const tenantId = province.split(':')[1]!;
      const stored = await t.db.prisma.scoreSnapshot.findUniqueOrThrow({
        where: { nodeId_year_month: { nodeId: tenantId, year: DEMO_YEAR, month: 10 } },
      });
      expect(board.score.value).toBeCloseTo(stored.score!, 9);
      expect(board.score.band).toBe(stored.band);
      expect(board.perspectives.map((p) => p.perspective)).toEqual([
        'STAKEHOLDER',
        'CUSTOMER',
        'INTERNAL_PROCESS',
        'LEARNING_GROWTH',
      ]);
      expect(board.ranking.map((r) => r.rank)).toEqual(Array.from({ length: 37 }, (_, i) => i + 1));
      expect(board.ranking.every((r) => r.budget !== null && /^\d+$/.test(r.budget.pagu))).toBe(true);
      const indices = board.ranking.map((r) => r.index ?? -1);
      expect(indices).toEqual([...indices].sort((a, b) => b - a));
      expect(board.budget.pagu).toMatch(/^\d+$/);
      expect(board.budget.absorption).toBeGreaterThan(0);
      expect(board.seq).toMatch(/^\d+$/);
    });

    it('names the field and the rule for a bad period or scope id', async () => {
      const month = await gql(
        t.base,
        SCOREBOARD,
        { scope: province, year: DEMO_YEAR, month: 13 },
        tokens.gubernur,
      );
      expect(month.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
      const scope = await gql(
        t.base,
        SCOREBOARD,
        { scope: 'Indicator:not-a-uuid', year: DEMO_YEAR, month: 1 },
        tokens.gubernur,
      );
      expect(scope.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopeId' });
      const missing = await gql(
        t.base,
        SCOREBOARD,
        { scope: 'OrgUnit:00000000-0000-4000-8000-000000000000', year: DEMO_YEAR, month: 1 },
        tokens.gubernur,
      );
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('replays changes since a sequence, and refuses a sequence that is not a number', async () => {
      const ok = await gql<{ changesSince: { refetch: boolean; events: unknown[]; seq: string } }>(
        t.base,
        'query($s: ID!) { changesSince(scopeId: $s, seq: "0") { refetch events { seq } seq } }',
        { s: province },
        tokens.gubernur,
      );
      expect(ok.data?.changesSince).toMatchObject({ refetch: false });
      expect(ok.data?.changesSince.seq).toMatch(/^\d+$/);
      const bad = await gql(
        t.base,
        'query($s: ID!) { changesSince(scopeId: $s, seq: "1e3") { seq } }',
        { s: province },
        tokens.gubernur,
      );
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'seq' });
    });
  });

  describe('work lists', () => {
    it('lists issues with their follow-ups, inside the viewer’s scope only', async () => {
      const all = await gql<{ issues: { owner: { id: string }; followUps: unknown[] }[] }>(
        t.base,
        'query($s: ID!) { issues(scopeId: $s) { id title severity status owner { ... on OrgUnit { id } ... on Tenant { id } } followUps { description dueDate } } }',
        { s: province },
        tokens.gubernur,
      );
      expect(all.errors).toBeUndefined();
      expect(all.data!.issues.length).toBeGreaterThan(0);
      expect(all.data!.issues.every((i) => i.followUps.length > 0)).toBe(true);
      const denied = await gql(
        t.base,
        'query($s: ID!) { issues(scopeId: $s) { id } }',
        { s: dikes },
        tokens['kadis-pupr'],
      );
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const noneAsked = await gql(
        t.base,
        'query($s: ID!) { issues(scopeId: $s, first: 0) { id } }',
        { s: province },
        tokens.gubernur,
      );
      expect(noneAsked.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    it('lists directives of a scope', async () => {
      const res = await gql<{ directives: { subjectId: string; author: string }[] }>(
        t.base,
        'query($s: ID!) { directives(scopeId: $s) { id content status author subjectId } }',
        { s: province },
        tokens.sekda,
      );
      expect(res.data!.directives.length).toBeGreaterThan(0);
      expect(res.data!.directives[0]!.subjectId).toMatch(/^(OrgUnit|Indicator):/);
    });

    it('gives an operator their due indicators for a month, late ones first, with the WITA deadline', async () => {
      const res = await gql<{
        myTasks: {
          indicators: { late: boolean; deadline: string; owner: { id: string } }[];
          subActivities: unknown[];
        };
      }>(
        t.base,
        '{ myTasks(year: 2026, month: 10) { indicators { indicatorId name late deadline target measurement { status version } owner { ... on OrgUnit { id } } } subActivities { subActivityId pagu plannedSpend } } }',
        {},
        tokens['operator-kesehatan'],
      );
      expect(res.errors).toBeUndefined();
      const tasks = res.data!.myTasks.indicators;
      expect(tasks.length).toBeGreaterThan(10);
      // 10 November, end of the day in WITA (UTC+8).
      expect(new Set(tasks.map((x) => x.deadline))).toEqual(new Set(['2026-11-10T16:00:00.000Z']));
      const lateFlags = tasks.map((x) => x.late);
      expect(lateFlags).toEqual([...lateFlags].sort((a, b) => Number(b) - Number(a)));
      expect(res.data!.myTasks.subActivities.length).toBeGreaterThan(0);
      const bad = await gql(
        t.base,
        '{ myTasks(year: 2026, month: 13) { indicators { name } } }',
        {},
        tokens['operator-kesehatan'],
      );
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
      const device = await gql(
        t.base,
        '{ myTasks(year: 2026, month: 10) { indicators { name } } }',
        {},
        tokens.wall,
      );
      expect(device.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('queues submitted values for the unit heads who may verify them, with an achievement preview', async () => {
      const query =
        '{ verificationQueue { measurementId name value owner { ... on OrgUnit { id ancestors: breadcrumb { ... on OrgUnit { id } } } } preview { raw band formula substituted } } }';
      type Queue = {
        verificationQueue: { owner: { ancestors: { id: string }[] }; preview: { formula: string } | null }[];
      };
      const head = await gql<Queue>(t.base, query, {}, tokens['kadis-kesehatan']);
      expect(head.errors).toBeUndefined();
      const items = head.data!.verificationQueue;
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((i) => i.owner.ancestors.some((a) => a.id === dikes))).toBe(true);
      expect(items.some((i) => i.preview?.formula === 'R / T × 100')).toBe(true);
      expect(
        (await gql<Queue>(t.base, query, {}, tokens['operator-kesehatan'])).data!.verificationQueue,
      ).toEqual([]);
      expect((await gql<Queue>(t.base, query, {}, tokens.gubernur)).data!.verificationQueue).toEqual([]);
    });

    it('pages the audit log of a scope, newest first, for roles that may audit', async () => {
      const prisma = t.db.prisma;
      const dikesId = dikes.split(':')[1]!;
      const provinceId = province.split(':')[1]!;
      const actor = await prisma.user.findUniqueOrThrow({ where: { username: 'kadis-kesehatan' } });
      for (const action of ['SUBMIT', 'VERIFY', 'REVISE']) {
        await prisma.$transaction((tx) =>
          appendChange(tx, {
            tenantId: provinceId,
            scopeIds: [provinceId, dikesId],
            entityType: 'Measurement',
            entityId: dikesId,
            action,
            actorId: actor.id,
            before: { value: 1 },
            after: { value: 2 },
            payload: null,
          }),
        );
      }
      const page =
        'query($s: ID!, $after: String) { auditLog(scopeId: $s, first: 2, after: $after) { edges { cursor node { seq action actor before after } } pageInfo { hasNextPage endCursor } } }';
      type Page = {
        auditLog: {
          edges: { node: { action: string; actor: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
      const first = await gql<Page>(t.base, page, { s: dikes }, tokens['kadis-kesehatan']);
      expect(first.data!.auditLog.edges.map((e) => e.node.action)).toEqual(['REVISE', 'VERIFY']);
      expect(first.data!.auditLog.pageInfo.hasNextPage).toBe(true);
      const second = await gql<Page>(
        t.base,
        page,
        { s: dikes, after: first.data!.auditLog.pageInfo.endCursor },
        tokens['kadis-kesehatan'],
      );
      expect(second.data!.auditLog.edges.map((e) => e.node.action)).toEqual(['SUBMIT']);
      expect(second.data!.auditLog.edges[0]!.node.actor).toBe('Kepala Dinas Kesehatan');
      // The action filter is the API's, across the whole trail, not just a loaded page.
      const verifies = await gql<Page>(
        t.base,
        'query($s: ID!) { auditLog(scopeId: $s, action: "VERIFY") { edges { node { action actor } } pageInfo { hasNextPage } } }',
        { s: dikes },
        tokens['kadis-kesehatan'],
      );
      expect(verifies.data!.auditLog.edges.map((e) => e.node.action)).toEqual(['VERIFY']);
      const badAction = await gql(
        t.base,
        'query($s: ID!) { auditLog(scopeId: $s, action: "verify; drop") { edges { cursor } } }',
        { s: dikes },
        tokens['kadis-kesehatan'],
      );
      expect(badAction.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'action' });
      expect(
        (await gql(t.base, page, { s: dikes }, tokens['operator-kesehatan'])).errors?.[0]?.extensions?.code,
      ).toBe('FORBIDDEN');
      expect(
        (await gql(t.base, page, { s: dikes }, tokens['kadis-pupr'])).errors?.[0]?.extensions?.code,
      ).toBe('FORBIDDEN');
      const badTime = await gql(
        t.base,
        'query($s: ID!) { auditLog(scopeId: $s, from: "kemarin") { edges { cursor } } }',
        { s: dikes },
        tokens['kadis-kesehatan'],
      );
      expect(badTime.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    });

    it('shows the tenant’s settings to those who may read the tenant', async () => {
      const query =
        'query($t: ID!) { tenantSettings(tenantId: $t) { reportingCalendar { frequency dueDay } timeZone achievementCap bandGreenMin lockedMonths(year: 2026) } }';
      const res = await gql(t.base, query, { t: province }, tokens.gubernur);
      expect(res.data).toEqual({
        tenantSettings: {
          reportingCalendar: [
            { frequency: 'MONTHLY', dueDay: 10 },
            { frequency: 'QUARTERLY', dueDay: 10 },
            { frequency: 'SEMESTER', dueDay: 10 },
            { frequency: 'YEARLY', dueDay: 10 },
          ],
          timeZone: 'Asia/Makassar',
          achievementCap: 120,
          bandGreenMin: 100,
          lockedMonths: [],
        },
      });
      expect(
        (await gql(t.base, query, { t: province }, tokens['walikota-uji'])).errors?.[0]?.extensions?.code,
      ).toBe('FORBIDDEN');
    });
  });

  describe('query count', () => {
    /** A kabupaten/kota with `opds` OPDs, each with a bidang, a scorecard and a budget line. */
    async function tenantWithOpds(code: string, opds: number): Promise<string> {
      const prisma = t.db.prisma;
      const provinceId = province.split(':')[1]!;
      const tenant = await prisma.tenant.create({
        data: {
          code,
          name: `Kabupaten ${code}`,
          shortName: code,
          kind: 'REGENCY',
          parentId: provinceId,
          settings: { create: {} },
        },
      });
      for (let i = 0; i < opds; i++) {
        const opd = await prisma.orgUnit.create({
          data: {
            tenantId: tenant.id,
            kind: 'OPD',
            code: `${code}.${i}`,
            name: `Dinas ${i}`,
            shortName: `D${i}`,
            sortOrder: i,
            ancestorIds: [tenant.id],
          },
        });
        await prisma.orgUnit.update({ where: { id: opd.id }, data: { ancestorIds: [tenant.id, opd.id] } });
        await prisma.orgUnit.create({
          data: {
            tenantId: tenant.id,
            parentId: opd.id,
            kind: 'DIVISION',
            code: `${code}.${i}.1`,
            name: 'Sekretariat',
            shortName: 'Sekretariat',
            ancestorIds: [tenant.id, opd.id],
          },
        });
        await prisma.scorecard.create({
          data: {
            tenantId: tenant.id,
            ownerKind: 'ORG_UNIT',
            ownerKey: `ORG_UNIT:${opd.id}`,
            orgUnitId: opd.id,
            year: DEMO_YEAR,
            name: 'Kinerja',
          },
        });
        const program = await prisma.program.create({
          data: { tenantId: tenant.id, orgUnitId: opd.id, year: DEMO_YEAR, code: 'P', name: 'Program' },
        });
        const activity = await prisma.activity.create({
          data: { programId: program.id, code: 'K', name: 'Kegiatan' },
        });
        await prisma.subActivity.create({
          data: {
            activityId: activity.id,
            orgUnitId: opd.id,
            code: 'S',
            name: 'Sub',
            pagu: 1_000_000_000n,
            months: { create: [{ month: 1, plannedSpend: 50_000_000n, realisedSpend: 40_000_000n }] },
          },
        });
      }
      return toGlobalId('Tenant', tenant.id);
    }

    it('stays the same for 10 and 40 OPDs (no per-unit queries)', async () => {
      const small = await tenantWithOpds('Q10', 10);
      const large = await tenantWithOpds('Q40', 40);
      const count = async (scope: string) => {
        t.sql.length = 0;
        const res = await gql<{ scoreboard: { ranking: unknown[] } }>(
          t.base,
          SCOREBOARD,
          { scope, year: DEMO_YEAR, month: 10 },
          tokens.superadmin,
        );
        expect(res.errors).toBeUndefined();
        return { queries: t.sql.length, units: res.data!.scoreboard.ranking.length };
      };
      const a = await count(small);
      const b = await count(large);
      expect([a.units, b.units]).toEqual([10, 40]);
      expect(b.queries).toBe(a.queries);
      expect(b.queries).toBeLessThan(30);
    });
  });

  describe('hardening', () => {
    const post = (body: string, contentType = 'application/json', token = tokens.gubernur) =>
      fetch(`${t.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body,
      });

    it('refuses a query nested too deeply', async () => {
      const deep = `{ node(id: "${dikes}") { ... on OrgUnit { ${'parent { '.repeat(12)}id${' }'.repeat(12)} } } }`;
      const res = await post(JSON.stringify({ query: deep }));
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toMatch(/depth/i);
      // Fragments do not count as levels, but the fields inside them do.
      const viaFragments = `{ node(id: "${dikes}") { ...A } }
        fragment A on OrgUnit { parent { ${'parent { '.repeat(5)}...B${' }'.repeat(5)} } }
        fragment B on OrgUnit { ${'parent { '.repeat(6)}id${' }'.repeat(6)} }`;
      const hidden = await post(JSON.stringify({ query: viaFragments }));
      expect(hidden.status).toBe(400);
      expect(JSON.stringify(await hidden.json())).toMatch(/depth/i);
    });

    it('refuses batched aliases', async () => {
      const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: me { username }`).join(' ');
      const res = await post(JSON.stringify({ query: `{ ${aliases} }` }));
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toMatch(/alias/i);
    });

    it('refuses batched HTTP requests', async () => {
      const res = await post(
        JSON.stringify([{ query: '{ me { username } }' }, { query: '{ me { username } }' }]),
      );
      expect(res.status).toBe(400);
    });

    it('refuses a CSRF-style text/plain POST', async () => {
      const res = await post(JSON.stringify({ query: 'mutation { logout }' }), 'text/plain');
      expect(res.status).toBe(400);
      // The session survives.
      expect((await gql(t.base, '{ me { username } }', {}, tokens.gubernur)).data).toEqual({
        me: { username: 'gubernur' },
      });
    });

    it('refuses an oversized body with 413 and keeps serving others', async () => {
      // Above BODY_LIMIT (2,500 kB: room for a base64 sheet import).
      const res = await post(JSON.stringify({ query: `{ me { username } } # ${'x'.repeat(2_600_000)}` }));
      expect(res.status).toBe(413);
      expect((await gql(t.base, '{ me { username } }', {}, tokens.gubernur)).data).toEqual({
        me: { username: 'gubernur' },
      });
    });

    it('turns off introspection and field suggestions in production', async () => {
      const prod = await createAppServer({
        config: { ...loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }), webDist: '/nonexistent' },
        prisma: t.db.prisma,
        logger: pino({ level: 'silent' }),
        loginLimiter: new LoginLimiter(),
        bus: t.bus,
      });
      await new Promise<void>((resolve) => prod.httpServer.listen(0, '127.0.0.1', resolve));
      try {
        const base = `http://127.0.0.1:${(prod.httpServer.address() as AddressInfo).port}`;
        const introspection = await gql(base, '{ __schema { types { name } } }');
        expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
        const typo = await gql(base, '{ me { usernam } }');
        expect(typo.errors?.[0]?.message).not.toMatch(/did you mean/i);
        const dev = await gql(t.base, '{ me { usernam } }');
        expect(dev.errors?.[0]?.message).toMatch(/did you mean/i);
      } finally {
        await prod.stop();
      }
    });

    it('sends security headers and a strict content security policy', async () => {
      const res = await fetch(`${t.base}/healthz`);
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('x-request-id')).toBeTruthy();
    });
  });

  describe('graphql-ws on the same port', () => {
    const clients: Client[] = [];
    afterAll(async () => {
      await Promise.all(clients.map((c) => c.dispose()));
    });

    function client(authorization?: string, origin?: string): Client {
      class OriginSocket extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, origin ? { headers: { origin } } : {});
        }
      }
      const c = createClient({
        url: t.wsUrl,
        webSocketImpl: OriginSocket,
        lazy: true,
        retryAttempts: 0,
        connectionParams: authorization ? { authorization } : undefined,
      });
      clients.push(c);
      return c;
    }

    /** Runs one operation; resolves its data, rejects with its GraphQL errors or the close event. */
    function once<T>(c: Client, query: string, variables: Record<string, unknown> = {}): Promise<T> {
      return new Promise((resolve, reject) => {
        let result: { data?: T | null; errors?: readonly unknown[] } = {};
        c.subscribe<T>(
          { query, variables },
          {
            next: (value) => (result = value as typeof result),
            error: reject,
            complete: () => (result.errors ? reject(result.errors) : resolve(result.data as T)),
          },
        );
      });
    }

    it('authenticates from the connection_init payload and serves operations', async () => {
      const data = await once<{ me: { username: string } }>(
        client(`Bearer ${tokens['kadis-pupr']}`),
        '{ me { username } }',
      );
      expect(data.me.username).toBe('kadis-pupr');
    });

    it('applies the same scopes to socket operations', async () => {
      await expect(
        once(client(`Bearer ${tokens['kadis-pupr']}`), SCOREBOARD, {
          scope: dikes,
          year: DEMO_YEAR,
          month: 10,
        }),
      ).rejects.toSatisfy(
        (errors: { extensions?: { code?: string } }[]) => errors[0]?.extensions?.code === 'FORBIDDEN',
      );
    });

    it('refuses a connection without credentials, and one from a foreign origin', async () => {
      await expect(once(client(), '{ me { username } }')).rejects.toMatchObject({ code: 4403 });
      await expect(
        once(client(`Bearer ${tokens.gubernur}`, 'https://penyerang.example'), '{ me { username } }'),
      ).rejects.toMatchObject({ code: 4403 });
    });

    it('closes the sockets of a session when it logs out', async () => {
      const token = await loginAs(t.base, 'operator-pupr');
      const raw = await openRaw(token);
      await gql(t.base, 'mutation { logout }', {}, token);
      expect(await raw.closed).toBe(4401);
    });

    it('handles protocol abuse with the right close codes and keeps serving others', async () => {
      // No connection_init within the wait timeout.
      const silent = new WebSocket(t.wsUrl, 'graphql-transport-ws');
      expect(await closeCode(silent)).toBe(4408);
      // Subscribe before the ack.
      const eager = new WebSocket(t.wsUrl, 'graphql-transport-ws');
      eager.on('open', () =>
        eager.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ me { username } }' } })),
      );
      expect(await closeCode(eager)).toBe(4401);
      // Initialised twice.
      const twice = await openRaw(tokens.gubernur);
      twice.socket.send(
        JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${tokens.gubernur}` } }),
      );
      expect(await twice.closed).toBe(4429);
      // A frame over the limit.
      const big = await openRaw(tokens.gubernur);
      big.socket.send('x'.repeat(70 * 1024));
      expect(await big.closed).toBe(1009);
      // Others are still served.
      const data = await once<{ me: { username: string } }>(
        client(`Bearer ${tokens.sekda}`),
        '{ me { username } }',
      );
      expect(data.me.username).toBe('sekda');
    });

    function closeCode(socket: WebSocket): Promise<number> {
      return new Promise((resolve) => socket.on('close', (code) => resolve(code)));
    }

    /** A raw protocol socket after connection_ack. */
    function openRaw(token: string | undefined): Promise<{ socket: WebSocket; closed: Promise<number> }> {
      return new Promise((resolve, reject) => {
        const socket = new WebSocket(t.wsUrl, 'graphql-transport-ws');
        const closed = closeCode(socket);
        socket.on('open', () =>
          socket.send(
            JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }),
          ),
        );
        socket.on('message', (raw) => {
          if (JSON.parse(String(raw)).type === 'connection_ack') resolve({ socket, closed });
        });
        socket.on('error', reject);
      });
    }
  });

  describe('GraphQL over HTTP conformance', () => {
    it('passes every MUST audit of graphql-http', async () => {
      const { serverAudits } = await import('graphql-http');
      const audits = serverAudits({ url: `${t.base}/graphql` });
      const failures: string[] = [];
      for (const audit of audits) {
        if (!audit.name.startsWith('MUST')) continue;
        const result = await audit.fn();
        if (result.status !== 'ok') failures.push(`${audit.name}: ${result.reason}`);
      }
      expect(failures).toEqual([]);
    });
  });
});
