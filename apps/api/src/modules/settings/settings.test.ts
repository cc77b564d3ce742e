// Changing a tenant's scoring rules over the real server: refused changes name the field and the
// rule and change nothing; an accepted change recomputes every score in the same transaction, so
// stored snapshots equal a rebuild under the new rules, and the audit trail records it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../ids';
import { compareStoredScores } from '../snapshots';
import { DEMO_YEAR, gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';

const UPDATE = `mutation($input: UpdateTenantSettingsInput!) {
  updateTenantSettings(input: $input) { seq rebuiltSnapshots settings { bandGreenMin bandYellowMin } } }`;
const BANDS = `query($id: ID!, $y: Int!, $m: Int!) { node(id: $id) { ... on Tenant {
  opds { id score(year: $y, month: $m) { value band } } } } }`;

let t: TestServer;
let admin: string;
let head: string;
let tenantId: string;

async function settingsAndScores() {
  const [settings, snapshots] = await Promise.all([
    t.db.prisma.tenantSettings.findMany({ orderBy: { tenantId: 'asc' } }),
    t.db.prisma.scoreSnapshot.findMany({
      where: { year: DEMO_YEAR, month: 10 },
      orderBy: { nodeId: 'asc' },
      select: { nodeId: true, score: true, band: true },
    }),
  ]);
  return JSON.stringify([settings.map(({ updatedAt: _u, ...s }) => s), snapshots]);
}

beforeAll(async () => {
  t = await startTestServer();
  [admin, head] = await Promise.all([loginAs(t.base, 'superadmin'), loginAs(t.base, 'kadis-kesehatan')]);
  tenantId = toGlobalId('Tenant', (await t.db.prisma.tenant.findUniqueOrThrow({ where: { code: '52' } })).id);
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('tenant settings', () => {
  it('refuses settings that break a rule, naming the field and the rule, and changes nothing', async () => {
    const before = await settingsAndScores();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ bandGreenMin: 70 }, 'bandGreenMin', 'aboveYellow'],
      [
        { reportingCalendar: [{ frequency: 'MONTHLY', openDay: 1, dueDay: 31 }] },
        'reportingCalendar.0.dueDay',
        'too_big',
      ],
      [{ achievementCap: 90 }, 'achievementCap', 'too_small'],
      [{ rankingWeightScore: 70 }, 'rankingWeightScore', 'weightsSumTo100'],
      [{ predikatKurangMin: 70 }, 'predikatCukupMin', 'aboveKurang'],
    ];
    for (const [change, field, rule] of cases) {
      const res = await gql(t.base, UPDATE, { input: { tenantId, ...change } }, admin);
      expect(res.errors?.[0]?.extensions, JSON.stringify(change)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        rule,
      });
    }
    const forbidden = await gql(t.base, UPDATE, { input: { tenantId, bandGreenMin: 110 } }, head);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await settingsAndScores()).toBe(before);
  });

  it('recomputes every band with a new green threshold, equal to a rebuild, and logs the change', async () => {
    const bands = async () => {
      const res = await gql<{
        node: { opds: { id: string; score: { value: number | null; band: string } }[] };
      }>(t.base, BANDS, { id: tenantId, y: DEMO_YEAR, m: 10 }, admin);
      return res.data!.node.opds;
    };
    const before = await bands();
    const between = before.filter(
      (o) => o.score.value !== null && o.score.value >= 100 && o.score.value < 110,
    );
    expect(between.length).toBeGreaterThan(0);

    const res = await gql<{
      updateTenantSettings: { rebuiltSnapshots: number; settings: { bandGreenMin: number } };
    }>(t.base, UPDATE, { input: { tenantId, bandGreenMin: 110 } }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateTenantSettings.settings.bandGreenMin).toBe(110);
    expect(res.data!.updateTenantSettings.rebuiltSnapshots).toBeGreaterThan(0);

    const after = await bands();
    for (const opd of between) expect(after.find((o) => o.id === opd.id)!.score.band).toBe('YELLOW');
    expect(after.map((o) => o.score.value)).toEqual(before.map((o) => o.score.value));
    expect(await compareStoredScores(t.db.prisma, { year: DEMO_YEAR })).toEqual([]);

    const audit = await gql<{
      auditLog: {
        edges: {
          node: { action: string; before: { bandGreenMin: number }; after: { bandGreenMin: number } };
        }[];
      };
    }>(
      t.base,
      `query($s: ID!) { auditLog(scopeId: $s, entityType: "TenantSettings", first: 5) { edges { node { action before after } } } }`,
      { s: tenantId },
      admin,
    );
    expect(audit.data!.auditLog.edges[0]!.node).toMatchObject({
      action: 'UPDATED',
      before: { bandGreenMin: 100 },
      after: { bandGreenMin: 110 },
    });
  });
});
