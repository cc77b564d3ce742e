// SKP over the real API: plans, the RHK cascade to the direct supervisor, who may rate whom, the
// stored predikat, and bad inputs refused with the database unchanged.
import {
  skpDistributionGuidance,
  skpPredicate,
  type OrganisationPredicate,
  type SkpRating,
} from '@ekinerja/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../ids';
import { DEMO_YEAR, gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';
import { BERAKHLAK_ASPECTS } from './lib/skpInputs';

const PLAN_FIELDS = `id year nip officialName unitName viewerCanRate
  supervisor { id name } subordinates { id name }
  results { id text parentId parentText indicators { text target unit } }
  evaluations { period hasilKerja perilakuKerja predicate feedback behaviours { aspect rating }
    realisations { rhkId realisation evidenceUrl } }`;
const CREATE = `mutation($input: CreateSkpPlanInput!) { createSkpPlan(input: $input) { ${PLAN_FIELDS} } }`;
const ADD_RHK = `mutation($input: AddRencanaHasilKerjaInput!) { addRencanaHasilKerja(input: $input) { ${PLAN_FIELDS} } }`;
const RATE = `mutation($input: RateSkpInput!) { rateSkp(input: $input) { ${PLAN_FIELDS} } }`;
const REALISE = `mutation($input: SaveSkpRealisationInput!) { saveSkpRealisation(input: $input) { ${PLAN_FIELDS} } }`;
const PLAN = `query($officialId: ID!, $year: Int!) { skpPlan(officialId: $officialId, year: $year) { ${PLAN_FIELDS} } }`;

interface Plan {
  id: string;
  viewerCanRate: boolean;
  supervisor: { id: string } | null;
  subordinates: { id: string }[];
  results: { id: string; text: string; parentId: string | null; parentText: string | null }[];
  evaluations: { period: string; predicate: string | null; realisations: { realisation: string }[] }[];
}

let t: TestServer;
let head: string;
let otherHead: string;
let leader: string;
let operator: string;
let superadmin: string;
/** Kepala Dinas Kesehatan, two division heads reporting to them, and a section head under the first. */
let ids: { head: string; divisions: [string, string]; section: string; operatorOfficial: string | null };

const behaviours = (rating: SkpRating = 'MEETS') => BERAKHLAK_ASPECTS.map((aspect) => ({ aspect, rating }));

async function counts() {
  const p = t.db.prisma;
  const [plans, rhk, evaluations, behaviourRows, realisations, events] = await Promise.all([
    p.skpPlan.count(),
    p.rencanaHasilKerja.count(),
    p.skpEvaluation.count(),
    p.skpBehaviourRating.count(),
    p.skpRealisation.count(),
    p.changeEvent.count(),
  ]);
  return { plans, rhk, evaluations, behaviourRows, realisations, events };
}

async function createPlan(token: string, officialId: string): Promise<Plan> {
  const res = await gql<{ createSkpPlan: Plan }>(
    t.base,
    CREATE,
    { input: { officialId: toGlobalId('Official', officialId), year: DEMO_YEAR } },
    token,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createSkpPlan;
}

function rhk(planId: string, text: string, parentRhkId?: string) {
  return {
    input: {
      planId,
      text,
      parentRhkId,
      indicators: [{ text: `Indikator ${text}`, target: '100', unit: '%' }],
    },
  };
}

let plans: { head: Plan; division: Plan; peer: Plan; section: Plan };

beforeAll(async () => {
  t = await startTestServer();
  const tokens = await Promise.all(
    ['kadis-kesehatan', 'kadis-pupr', 'gubernur', 'operator-kesehatan', 'superadmin'].map((u) =>
      loginAs(t.base, u),
    ),
  );
  [head, otherHead, leader, operator, superadmin] = tokens as [string, string, string, string, string];
  const p = t.db.prisma;
  const headUser = await p.user.findUniqueOrThrow({
    where: { username: 'kadis-kesehatan' },
    include: { official: true },
  });
  const headOfficial = headUser.official!;
  const divisions = await p.official.findMany({
    where: { position: { parentPositionId: headOfficial.positionId } },
    orderBy: { name: 'asc' },
    include: { position: true },
  });
  const section = await p.official.findFirstOrThrow({
    where: { position: { parentPositionId: divisions[0]!.positionId } },
  });
  const operatorUser = await p.user.findUniqueOrThrow({ where: { username: 'operator-kesehatan' } });
  ids = {
    head: headOfficial.id,
    divisions: [divisions[0]!.id, divisions[1]!.id],
    section: section.id,
    operatorOfficial: operatorUser.officialId,
  };
  plans = {
    head: await createPlan(head, ids.head),
    division: await createPlan(head, ids.divisions[0]),
    peer: await createPlan(head, ids.divisions[1]),
    // The section head's supervisor has no login: an administrator opens it.
    section: await createPlan(superadmin, ids.section),
  };
}, 180_000);

afterAll(async () => {
  await t?.stop();
});

describe('SKP plans and the RHK cascade', () => {
  it("links a division head's RHK to the head's RHK, and shows the chain of command", async () => {
    const own = await gql<{ addRencanaHasilKerja: Plan }>(
      t.base,
      ADD_RHK,
      rhk(plans.head.id, 'Cakupan imunisasi'),
      head,
    );
    const headRhk = own.data!.addRencanaHasilKerja.results[0]!;
    const res = await gql<{ addRencanaHasilKerja: Plan }>(
      t.base,
      ADD_RHK,
      rhk(plans.division.id, 'Imunisasi dasar lengkap', headRhk.id),
      head,
    );
    expect(res.errors).toBeUndefined();
    const plan = res.data!.addRencanaHasilKerja;
    expect(plan.results).toEqual([
      expect.objectContaining({ parentId: headRhk.id, parentText: 'Cakupan imunisasi' }),
    ]);
    expect(plan.supervisor?.id).toBe(toGlobalId('Official', ids.head));
    expect(plan.subordinates.map((s) => s.id)).toContain(toGlobalId('Official', ids.section));
    expect(plan.viewerCanRate).toBe(true);
    const event = await t.db.prisma.changeEvent.findFirst({
      where: { entityType: 'RencanaHasilKerja', action: 'CREATED' },
      orderBy: { seq: 'desc' },
    });
    expect(event?.after).toMatchObject({ text: 'Imunisasi dasar lengkap' });
  });

  it("refuses an RHK linked to an RHK that is not the direct supervisor's, leaving the database as it was", async () => {
    const peer = await gql<{ addRencanaHasilKerja: Plan }>(
      t.base,
      ADD_RHK,
      rhk(plans.peer.id, 'Sanitasi'),
      head,
    );
    const peerRhk = peer.data!.addRencanaHasilKerja.results[0]!;
    const headPlan = await gql<{ skpPlan: Plan }>(
      t.base,
      PLAN,
      { officialId: toGlobalId('Official', ids.head), year: DEMO_YEAR },
      head,
    );
    const before = await counts();
    // A peer's RHK, and the head's RHK for the section head (whose supervisor is the division head).
    for (const [planId, parent] of [
      [plans.division.id, peerRhk.id],
      [plans.section.id, headPlan.data!.skpPlan.results[0]!.id],
    ] as const) {
      const res = await gql(t.base, ADD_RHK, rhk(planId, 'Tidak boleh', parent), superadmin);
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'parentRhkId',
        rule: 'notSupervisorRhk',
      });
    }
    expect(await counts()).toEqual(before);
  });
});

describe('rating', () => {
  it('lets the head rate a direct subordinate and stores the predikat of the matrix, logged', async () => {
    const res = await gql<{ rateSkp: Plan }>(
      t.base,
      RATE,
      {
        input: {
          planId: plans.division.id,
          period: 'Q1',
          hasilKerja: 'ABOVE',
          perilakuKerja: 'MEETS',
          behaviours: behaviours(),
          feedback: 'Pertahankan.',
        },
      },
      head,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.rateSkp.evaluations).toEqual([
      expect.objectContaining({ period: 'Q1', predicate: 'BAIK', feedback: 'Pertahankan.' }),
    ]);
    const event = await t.db.prisma.changeEvent.findFirst({
      where: { entityType: 'SkpEvaluation', action: 'RATED' },
      orderBy: { seq: 'desc' },
    });
    expect(event?.after).toMatchObject({ hasilKerja: 'ABOVE', perilakuKerja: 'MEETS', predicate: 'BAIK' });
  });

  it('stores the matrix predikat for each of the nine rating pairs', async () => {
    const ratings: SkpRating[] = ['ABOVE', 'MEETS', 'BELOW'];
    const slots = [
      ...['Q1', 'Q2', 'Q3', 'Q4', 'ANNUAL'].map((period) => ({ plan: plans.division.id, period })),
      ...['Q1', 'Q2', 'Q3', 'Q4'].map((period) => ({ plan: plans.peer.id, period })),
    ];
    const pairs = ratings.flatMap((h) => ratings.map((b) => [h, b] as const));
    for (const [index, [hasilKerja, perilakuKerja]] of pairs.entries()) {
      const slot = slots[index]!;
      const res = await gql(
        t.base,
        RATE,
        {
          input: {
            planId: slot.plan,
            period: slot.period,
            hasilKerja,
            perilakuKerja,
            behaviours: behaviours(),
          },
        },
        head,
      );
      expect(res.errors).toBeUndefined();
      const stored = await t.db.prisma.skpEvaluation.findFirstOrThrow({
        where: { planId: slot.plan.split(':')[1], period: slot.period as 'Q1' },
      });
      expect([stored.hasilKerja, stored.perilakuKerja, stored.predicate]).toEqual([
        hasilKerja,
        perilakuKerja,
        skpPredicate(hasilKerja, perilakuKerja),
      ]);
    }
  });

  it('has the database refuse a stored predikat that is not the matrix one', async () => {
    const evaluation = await t.db.prisma.skpEvaluation.findFirstOrThrow({
      where: { planId: plans.division.id.split(':')[1], period: 'Q1' },
    });
    await expect(
      t.db.prisma.skpEvaluation.update({
        where: { id: evaluation.id },
        data: { predicate: evaluation.predicate === 'SANGAT_KURANG' ? 'BAIK' : 'SANGAT_KURANG' },
      }),
    ).rejects.toThrow();
    await expect(
      t.db.prisma.skpEvaluation.update({ where: { id: evaluation.id }, data: { predicate: null } }),
    ).rejects.toThrow();
  });

  it('refuses rating oneself, a subordinate of a subordinate, or another OPD, with nothing written', async () => {
    const before = await counts();
    const input = (planId: string) => ({
      input: { planId, period: 'Q2', hasilKerja: 'ABOVE', perilakuKerja: 'ABOVE', behaviours: behaviours() },
    });
    for (const [token, planId] of [
      [head, plans.head.id],
      [head, plans.section.id],
      [otherHead, plans.division.id],
      [leader, plans.division.id],
    ] as const) {
      const res = await gql(t.base, RATE, input(planId), token);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses bad inputs naming the field, with the database unchanged', async () => {
    const before = await counts();
    const rate = (patch: Record<string, unknown>) =>
      gql(
        t.base,
        RATE,
        {
          input: {
            planId: plans.division.id,
            period: 'Q3',
            hasilKerja: 'MEETS',
            perilakuKerja: 'MEETS',
            behaviours: behaviours(),
            ...patch,
          },
        },
        head,
      );
    const cases: [Promise<Awaited<ReturnType<typeof gql>>>, string, string][] = [
      [rate({ hasilKerja: 'GOOD' }), 'hasilKerja', 'invalid_value'],
      [rate({ perilakuKerja: 'above' }), 'perilakuKerja', 'invalid_value'],
      [
        rate({ behaviours: [{ aspect: 'LOYAL', rating: 'GREAT' }, ...behaviours().slice(1)] }),
        'behaviours.0.rating',
        'invalid_value',
      ],
      [rate({ behaviours: behaviours().slice(1) }), 'behaviours', 'too_small'],
      [rate({ feedback: 'x'.repeat(2001) }), 'feedback', 'too_big'],
      [
        gql(
          t.base,
          ADD_RHK,
          { input: { ...rhk(plans.division.id, 'x').input, text: 'y'.repeat(1001) } },
          head,
        ),
        'text',
        'too_big',
      ],
      [
        gql(
          t.base,
          CREATE,
          {
            input: {
              officialId: toGlobalId('Official', '00000000-0000-7000-8000-000000000000'),
              year: DEMO_YEAR,
            },
          },
          head,
        ),
        'officialId',
        'notFound',
      ],
      [
        gql(
          t.base,
          CREATE,
          { input: { officialId: toGlobalId('Official', ids.divisions[0]), year: 2040 } },
          head,
        ),
        'year',
        'outsidePlan',
      ],
      [
        gql(
          t.base,
          CREATE,
          { input: { officialId: toGlobalId('Official', ids.divisions[0]), year: DEMO_YEAR } },
          head,
        ),
        'year',
        'unique',
      ],
    ];
    for (const [pending, field, rule] of cases) {
      const res = await pending;
      expect(res.errors?.[0]?.extensions, `${field} ${rule}`).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        rule,
      });
    }
    expect(await counts()).toEqual(before);
  });
});

describe('reading', () => {
  it('the official reads their own plan; heads and leaders read in scope; others are refused', async () => {
    const args = { officialId: toGlobalId('Official', ids.divisions[0]), year: DEMO_YEAR };
    const byHead = await gql<{ skpPlan: Plan }>(t.base, PLAN, args, head);
    expect(byHead.data!.skpPlan.evaluations.length).toBe(5);
    const byLeader = await gql<{ skpPlan: Plan }>(t.base, PLAN, args, leader);
    expect(byLeader.data!.skpPlan.viewerCanRate).toBe(false);
    const own = await gql<{ skpPlan: Plan }>(
      t.base,
      PLAN,
      { officialId: toGlobalId('Official', ids.head), year: DEMO_YEAR },
      head,
    );
    expect(own.data!.skpPlan.id).toBe(plans.head.id);
    for (const token of [otherHead, operator]) {
      const res = await gql(t.base, PLAN, args, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it("lists the head's direct subordinates with their plans", async () => {
    const res = await gql<{ skpAppraisees: { official: { id: string }; plan: { id: string } | null }[] }>(
      t.base,
      `query($year: Int!) { skpAppraisees(year: $year) { official { id } plan { id } } }`,
      { year: DEMO_YEAR },
      head,
    );
    const byOfficial = new Map(res.data!.skpAppraisees.map((a) => [a.official.id, a.plan?.id ?? null]));
    expect(byOfficial.get(toGlobalId('Official', ids.divisions[0]))).toBe(plans.division.id);
    expect(byOfficial.has(toGlobalId('Official', ids.section))).toBe(false);
  });

  it('counts the predikat per OPD for leaders, and refuses operators', async () => {
    const tenant = await t.db.prisma.orgUnit.findFirstOrThrow({ where: { shortName: 'Dikes' } });
    const query = `query($scopeId: ID!, $year: Int!) { skpDistribution(scopeId: $scopeId, year: $year, period: Q1) {
      unit { id } plans rated counts { predicate count }
      organisationPredicate guidance { predicates kind percent actualPercent met } } }`;
    const res = await gql<{
      skpDistribution: {
        unit: { id: string };
        plans: number;
        rated: number;
        counts: { predicate: string; count: number }[];
      }[];
    }>(t.base, query, { scopeId: toGlobalId('Tenant', tenant.tenantId), year: DEMO_YEAR }, leader);
    const dikes = res.data!.skpDistribution.find((r) => r.unit.id === toGlobalId('OrgUnit', tenant.id))!;
    // Q1: the division head (ABOVE × ABOVE, the first of the nine) and the peer (MEETS × ABOVE... in order).
    expect(dikes.plans).toBe(4);
    expect(dikes.rated).toBe(2);
    expect(dikes.counts.reduce((sum, c) => sum + c.count, 0)).toBe(2);
    // The curve of the OPD's own result (its stored score in March), as guidance beside the counts.
    const organisation = (dikes as unknown as { organisationPredicate: OrganisationPredicate })
      .organisationPredicate;
    expect(organisation).not.toBeNull();
    const counts = Object.fromEntries(dikes.counts.map((c) => [c.predicate, c.count]));
    const expected = skpDistributionGuidance(organisation, counts).map((f) => ({
      predicates: [...f.predicates],
      kind: f.kind.toUpperCase(),
      percent: f.percent,
      actualPercent: f.actualPercent,
      met: f.met,
    }));
    expect((dikes as unknown as { guidance: unknown[] }).guidance).toEqual(expected);
    const refused = await gql(
      t.base,
      query,
      { scopeId: toGlobalId('OrgUnit', tenant.id), year: DEMO_YEAR },
      operator,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the official records realisation with evidence; nobody else may', async () => {
    const plan = await t.db.prisma.skpPlan.findUniqueOrThrow({
      where: { id: plans.head.id.split(':')[1] },
      include: { results: true },
    });
    const input = {
      planId: plans.head.id,
      period: 'Q1',
      rhkId: toGlobalId('RencanaHasilKerja', plan.results[0]!.id),
      realisation: '92% anak diimunisasi',
      evidenceUrl: 'https://dikes.example.go.id/laporan-q1.pdf',
    };
    const own = await gql<{ saveSkpRealisation: Plan }>(t.base, REALISE, { input }, head);
    expect(own.errors).toBeUndefined();
    expect(own.data!.saveSkpRealisation.evaluations[0]!.realisations).toEqual([
      expect.objectContaining({ realisation: '92% anak diimunisasi' }),
    ]);
    const other = await gql(t.base, REALISE, { input }, superadmin);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const badLink = await gql(
      t.base,
      REALISE,
      { input: { ...input, evidenceUrl: 'javascript:alert(1)' } },
      head,
    );
    expect(badLink.errors?.[0]?.extensions).toMatchObject({ field: 'evidenceUrl' });
  });
  it("tells an official who they are and offers the supervisor's RHK of the year to contribute to", async () => {
    const who = `{ skpViewerOfficial { id } }`;
    const self = await gql<{ skpViewerOfficial: { id: string } | null }>(t.base, who, {}, head);
    expect(self.data!.skpViewerOfficial?.id).toBe(toGlobalId('Official', ids.head));
    const admin = await gql<{ skpViewerOfficial: { id: string } | null }>(t.base, who, {}, superadmin);
    expect(admin.data!.skpViewerOfficial).toBeNull();
    const query = `query($officialId: ID!, $year: Int!) {
      skpPlan(officialId: $officialId, year: $year) { supervisorResults { id text } } }`;
    const res = await gql<{ skpPlan: { supervisorResults: { text: string }[] } }>(
      t.base,
      query,
      { officialId: toGlobalId('Official', ids.divisions[0]), year: DEMO_YEAR },
      head,
    );
    expect(res.data!.skpPlan.supervisorResults.map((r) => r.text)).toContain('Cakupan imunisasi');
    const top = await gql<{ skpPlan: { supervisorResults: unknown[] } }>(
      t.base,
      query,
      { officialId: toGlobalId('Official', ids.section), year: DEMO_YEAR },
      head,
    );
    expect(top.data!.skpPlan.supervisorResults.map((r) => (r as { text: string }).text)).toContain(
      'Imunisasi dasar lengkap',
    );
  });
});
