// Perjanjian Kinerja over the real server: the Kepala Dinas Kesehatan drafts and signs, the
// Gubernur (head of the province) countersigns, the OPD's targets lock, a PK Perubahan reopens
// them and is signed again while the first version stays as it was; refused requests write nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../ids';
import { DEMO_YEAR, gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';

const FIELDS = `id year status locked viewerParty viewerMaySign
  current { id version reason status contentHash attitude
    firstParty { name nip position } secondParty { name nip position }
    targets { code target low high } budget { kind pagu } signatures { party signerName contentHash } }
  versions { id version status contentHash signatures { party } }`;
const DRAFT = `mutation($input: DraftAgreementInput!) { draftAgreement(input: $input) { ${FIELDS} } }`;
const SIGN = `mutation($input: SignAgreementInput!) { signAgreement(input: $input) { ${FIELDS} } }`;
const REVISE = `mutation($input: ReviseAgreementInput!) { reviseAgreement(input: $input) { ${FIELDS} } }`;
const READ = `query($o: ID!, $y: Int!) { officialAgreement(officialId: $o, year: $y) {
  viewerMayDraft agreement { ${FIELDS} } } }`;
const SET_TARGETS = `mutation($input: SetIndicatorTargetsInput!) { setIndicatorTargets(input: $input) { seq } }`;
const CREATE_INDICATOR = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }`;
const DELETE_INDICATOR = `mutation($input: DeleteIndicatorInput!) { deleteIndicator(input: $input) { deletedId } }`;
const UNSIGNED = `query($s: ID!, $y: Int!) { unsignedAgreements(scopeId: $s, year: $y) { officialId status }
  unsignedAgreementCount(scopeId: $s, year: $y) }`;
const AUDIT = `query($scope: ID!) { auditLog(scopeId: $scope, entityType: "PerformanceAgreement", first: 20) {
  edges { node { action after } } } }`;

interface Version {
  id: string;
  version: number;
  reason: string | null;
  status: string;
  contentHash: string;
  attitude: string;
  firstParty: { name: string; nip: string | null; position: string };
  secondParty: { name: string; nip: string | null; position: string };
  targets: { code: string; target: number | null; low: number | null; high: number | null }[];
  budget: { kind: string; pagu: string }[];
  signatures: { party: string; signerName: string; contentHash: string }[];
}
interface Agreement {
  id: string;
  status: string;
  locked: boolean;
  viewerParty: string | null;
  viewerMaySign: boolean;
  current: Version;
  versions: {
    id: string;
    version: number;
    status: string;
    contentHash: string;
    signatures: { party: string }[];
  }[];
}

const TEXT = {
  attitude: 'Berintegritas dan melayani masyarakat dengan sepenuh hati.',
  attention: 'Fokus pada penurunan angka kematian ibu dan stunting.',
  action: 'Evaluasi kinerja bulanan dan tindak lanjut setiap indikator merah.',
};

let t: TestServer;
let kadis: string;
let gubernur: string;
let sekda: string;
let admin: string;
let kadisPupr: string;
let officialId: string;
let unitId: string;
let officialUserId: string;

beforeAll(async () => {
  t = await startTestServer();
  const tokens = await Promise.all(
    ['kadis-kesehatan', 'gubernur', 'sekda', 'superadmin', 'kadis-pupr'].map((u) => loginAs(t.base, u)),
  );
  [kadis, gubernur, sekda, admin, kadisPupr] = tokens as [string, string, string, string, string];
  const user = await t.db.prisma.user.findUniqueOrThrow({
    where: { username: 'kadis-kesehatan' },
    include: { official: { include: { position: true } } },
  });
  officialUserId = user.id;
  officialId = toGlobalId('Official', user.officialId!);
  unitId = user.official!.position!.orgUnitId;
}, 180_000);

afterAll(async () => {
  await t?.stop();
});

/** Everything a refused request must leave as it was. */
async function snapshot() {
  const db = t.db.prisma;
  return {
    agreements: await db.performanceAgreement.findMany({ orderBy: { id: 'asc' } }),
    versions: await db.performanceAgreementVersion.findMany({ orderBy: { id: 'asc' } }),
    signatures: await db.agreementSignature.findMany({ orderBy: { id: 'asc' } }),
    targets: await db.target.findMany({
      where: { indicator: { orgUnitId: unitId } },
      orderBy: { id: 'asc' },
    }),
    changes: await db.changeEvent.count(),
  };
}

async function refused(run: () => Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>) {
  const before = await snapshot();
  const res = await run();
  expect(await snapshot()).toEqual(before);
  expect(res.errors?.length).toBeGreaterThan(0);
  return res.errors![0]!.extensions!;
}

/** An indicator of the OPD's scorecard with monthly targets, and its targets with one changed. */
async function opdIndicator() {
  const indicator = await t.db.prisma.indicator.findFirstOrThrow({
    where: {
      objective: { scorecard: { ownerKey: `ORG_UNIT:${unitId}`, year: DEMO_YEAR } },
      polarity: 'MAXIMIZE',
      targets: { some: { year: DEMO_YEAR, value: { not: null } } },
    },
    include: { targets: { where: { year: DEMO_YEAR }, orderBy: { month: 'asc' } } },
  });
  const targets = indicator.targets.map((x) => ({ month: x.month, value: x.value }));
  const changed = targets.map((x, i) => (i === targets.length - 1 ? { ...x, value: (x.value ?? 0) + 7 } : x));
  return { id: toGlobalId('Indicator', indicator.id), targets, changed };
}

describe('Perjanjian Kinerja', () => {
  it('is drafted, signed by both parties, locks the targets, and is amended and signed again', async () => {
    const none = await gql<{ officialAgreement: { viewerMayDraft: boolean; agreement: null } }>(
      t.base,
      READ,
      { o: officialId, y: DEMO_YEAR },
      kadis,
    );
    expect(none.data!.officialAgreement).toEqual({ viewerMayDraft: true, agreement: null });
    const unsignedBefore = await gql<{ unsignedAgreements: { officialId: string; status: string | null }[] }>(
      t.base,
      UNSIGNED,
      { s: toGlobalId('OrgUnit', unitId), y: DEMO_YEAR },
      kadis,
    );
    expect(unsignedBefore.data!.unsignedAgreements).toContainEqual({ officialId, status: null });

    const drafted = await gql<{ draftAgreement: Agreement }>(
      t.base,
      DRAFT,
      { input: { officialId, year: DEMO_YEAR, ...TEXT } },
      kadis,
    );
    const pk = drafted.data!.draftAgreement;
    expect(pk.status).toBe('DRAFT');
    expect(pk.viewerParty).toBe('FIRST');
    expect(pk.current.firstParty.position).toMatch(/^Kepala Dinas Kesehatan/);
    expect(pk.current.firstParty.nip).toMatch(/^\d{18}$/);
    // A Kepala OPD's second party is the head of the province: the Gubernur.
    expect(pk.current.secondParty).toEqual({
      name: 'Gubernur NTB',
      nip: null,
      position: 'Gubernur Nusa Tenggara Barat',
    });
    expect(pk.current.targets.length).toBeGreaterThan(0);
    expect(pk.current.budget.some((b) => b.kind === 'PROGRAM' && BigInt(b.pagu) > 0n)).toBe(true);
    expect(pk.current.contentHash).toMatch(/^[0-9a-f]{64}$/);

    // The content hash follows the content: other A3 text, another hash; the same text, the same.
    const other = await gql<{ draftAgreement: Agreement }>(
      t.base,
      DRAFT,
      { input: { officialId, year: DEMO_YEAR, ...TEXT, action: 'Rapat koordinasi mingguan.' } },
      kadis,
    );
    expect(other.data!.draftAgreement.current.contentHash).not.toBe(pk.current.contentHash);
    const back = await gql<{ draftAgreement: Agreement }>(
      t.base,
      DRAFT,
      { input: { officialId, year: DEMO_YEAR, ...TEXT } },
      kadis,
    );
    expect(back.data!.draftAgreement.current.contentHash).toBe(pk.current.contentHash);

    const versionId = pk.current.id;
    const first = await gql<{ signAgreement: Agreement }>(t.base, SIGN, { input: { versionId } }, kadis);
    expect(first.data!.signAgreement).toMatchObject({
      status: 'SIGNED_FIRST',
      locked: false,
      viewerMaySign: false,
    });

    // Only the two parties sign, and each once.
    for (const token of [kadisPupr, sekda, admin]) {
      const ext = await refused(() => gql(t.base, SIGN, { input: { versionId } }, token));
      expect(ext.code).toBe('FORBIDDEN');
    }
    const twice = await refused(() => gql(t.base, SIGN, { input: { versionId } }, kadis));
    expect(twice).toMatchObject({ code: 'BAD_USER_INPUT', field: 'versionId', rule: 'alreadySigned' });

    const gubernurView = await gql<{ officialAgreement: { agreement: Agreement } }>(
      t.base,
      READ,
      { o: officialId, y: DEMO_YEAR },
      gubernur,
    );
    expect(gubernurView.data!.officialAgreement.agreement).toMatchObject({
      viewerParty: 'SECOND',
      viewerMaySign: true,
    });
    const second = await gql<{ signAgreement: Agreement }>(
      t.base,
      SIGN,
      { input: { versionId, contentHash: pk.current.contentHash } },
      gubernur,
    );
    const signed = second.data!.signAgreement;
    expect(signed).toMatchObject({ status: 'SIGNED', locked: true });
    expect(signed.current.signatures.map((s) => [s.party, s.signerName, s.contentHash])).toEqual([
      ['FIRST', 'Kepala Dinas Kesehatan', pk.current.contentHash],
      ['SECOND', 'Gubernur NTB', pk.current.contentHash],
    ]);
    // Each signature names the session it was made in, the signer's own.
    const rows = await t.db.prisma.agreementSignature.findMany({ include: { user: true } });
    for (const row of rows) {
      const session = await t.db.prisma.session.findUniqueOrThrow({ where: { id: row.sessionId } });
      expect(session.userId).toBe(row.userId);
    }

    // Locked: the OPD's targets cannot change, and the error names the PK.
    const indicator = await opdIndicator();
    const lockedOut = await refused(() =>
      gql(t.base, SET_TARGETS, { input: { indicatorId: indicator.id, targets: indicator.changed } }, admin),
    );
    expect(lockedOut).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'agreementSigned',
      params: { agreementId: pk.id, official: pk.current.firstParty.name, year: DEMO_YEAR },
    });
    // Nor can an indicator with targets join the locked scorecard.
    const objective = await t.db.prisma.objective.findFirstOrThrow({
      where: { scorecard: { ownerKey: `ORG_UNIT:${unitId}`, year: DEMO_YEAR } },
    });
    const newIndicator = {
      objectiveId: toGlobalId('Objective', objective.id),
      code: 'PK-UJI',
      name: 'Indikator tambahan PK Perubahan',
      unit: '%',
      polarity: 'MAXIMIZE',
      aggregation: 'LAST',
      weight: 1,
      targets: [{ month: 12, value: 90 }],
      operatorIds: [],
    };
    const added = await refused(() => gql(t.base, CREATE_INDICATOR, { input: newIndicator }, admin));
    expect(added.rule).toBe('agreementSigned');
    // Nobody changes a signed PK: a new draft is refused too.
    const redraft = await refused(() =>
      gql(t.base, DRAFT, { input: { officialId, year: DEMO_YEAR, ...TEXT } }, kadis),
    );
    expect(redraft.rule).toBe('agreementSigned');
    const noReason = await refused(() =>
      gql(t.base, REVISE, { input: { agreementId: pk.id, reason: '  ', ...TEXT } }, kadis),
    );
    expect(noReason).toMatchObject({ field: 'reason' });

    // PK Perubahan: a new version with its reason reopens the targets.
    const revised = await gql<{ reviseAgreement: Agreement }>(
      t.base,
      REVISE,
      { input: { agreementId: pk.id, reason: 'Refocusing anggaran APBD-P', ...TEXT } },
      kadis,
    );
    const amended = revised.data!.reviseAgreement;
    expect(amended).toMatchObject({ status: 'DRAFT', locked: false });
    expect(amended.current).toMatchObject({ version: 2, reason: 'Refocusing anggaran APBD-P' });
    const reopened = await gql(
      t.base,
      SET_TARGETS,
      { input: { indicatorId: indicator.id, targets: indicator.changed } },
      admin,
    );
    expect(reopened.errors).toBeUndefined();
    const joined = await gql<{ createIndicator: { indicator: { id: string } } }>(
      t.base,
      CREATE_INDICATOR,
      { input: newIndicator },
      admin,
    );
    const joinedId = joined.data!.createIndicator.indicator.id;
    // The draft no longer says what the scorecard says: signing it is refused until it is saved again.
    const outdated = await refused(() =>
      gql(t.base, SIGN, { input: { versionId: amended.current.id } }, kadis),
    );
    expect(outdated.rule).toBe('contentOutdated');
    const refreshed = await gql<{ draftAgreement: Agreement }>(
      t.base,
      DRAFT,
      { input: { officialId, year: DEMO_YEAR, ...TEXT } },
      kadis,
    );
    expect(refreshed.data!.draftAgreement.current.contentHash).not.toBe(amended.current.contentHash);
    await gql(t.base, SIGN, { input: { versionId: amended.current.id } }, gubernur);
    const final = (
      await gql<{ signAgreement: Agreement }>(
        t.base,
        SIGN,
        { input: { versionId: amended.current.id } },
        kadis,
      )
    ).data!.signAgreement;
    expect(final).toMatchObject({ status: 'SIGNED', locked: true });
    expect(final.versions.map((v) => [v.version, v.status, v.signatures.length])).toEqual([
      [2, 'SIGNED', 2],
      [1, 'SUPERSEDED', 2],
    ]);
    expect(final.versions[1]!.contentHash).toBe(pk.current.contentHash);
    const lockedAgain = await refused(() =>
      gql(t.base, SET_TARGETS, { input: { indicatorId: indicator.id, targets: indicator.targets } }, admin),
    );
    expect(lockedAgain.rule).toBe('agreementSigned');
    // The amended PK commits to the new indicator: it cannot be deleted while signed.
    expect(final.current.targets.map((x) => x.code)).toContain('PK-UJI');
    const removed = await refused(() =>
      gql(t.base, DELETE_INDICATOR, { input: { indicatorId: joinedId } }, admin),
    );
    expect(removed).toMatchObject({ field: 'indicatorId', rule: 'agreementSigned' });

    const unsignedAfter = await gql<{
      unsignedAgreements: { officialId: string }[];
      unsignedAgreementCount: number;
    }>(t.base, UNSIGNED, { s: toGlobalId('OrgUnit', unitId), y: DEMO_YEAR }, kadis);
    expect(unsignedAfter.data!.unsignedAgreements.map((r) => r.officialId)).not.toContain(officialId);
    expect(unsignedAfter.data!.unsignedAgreementCount).toBe(
      unsignedBefore.data!.unsignedAgreements.length - 1,
    );

    // Every step is in the audit log.
    const audit = await gql<{ auditLog: { edges: { node: { action: string } }[] } }>(
      t.base,
      AUDIT,
      { scope: toGlobalId('OrgUnit', unitId) },
      admin,
    );
    const actions = audit.data!.auditLog.edges.map((e) => e.node.action);
    expect(actions.filter((a) => a === 'SIGNED')).toHaveLength(4);
    expect(actions).toContain('AMENDED');
    expect(actions).toContain('DRAFTED');
  });

  it('refuses bad input and writes nothing', async () => {
    const unknown = await refused(() =>
      gql(
        t.base,
        DRAFT,
        { input: { officialId: toGlobalId('Official', randomUUID()), year: DEMO_YEAR, ...TEXT } },
        admin,
      ),
    );
    expect(unknown).toMatchObject({ code: 'BAD_USER_INPUT', field: 'officialId', rule: 'notFound' });
    const outside = await refused(() =>
      gql(t.base, DRAFT, { input: { officialId, year: 2031, ...TEXT } }, admin),
    );
    expect(outside).toMatchObject({
      field: 'year',
      rule: 'outsidePlan',
      params: { startYear: 2025, endYear: 2029 },
    });
    const long = await refused(() =>
      gql(
        t.base,
        DRAFT,
        { input: { officialId, year: DEMO_YEAR, ...TEXT, attitude: 'a'.repeat(2001) } },
        admin,
      ),
    );
    expect(long).toMatchObject({ field: 'attitude', rule: 'too_big', params: { maximum: 2000 } });
  });

  it('shows a PK only to its parties and to readers of its scope', async () => {
    const outsider = await gql(t.base, READ, { o: officialId, y: DEMO_YEAR }, kadisPupr);
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const leader = await gql<{ officialAgreement: { viewerMayDraft: boolean } }>(
      t.base,
      READ,
      { o: officialId, y: DEMO_YEAR },
      sekda,
    );
    expect(leader.data!.officialAgreement.viewerMayDraft).toBe(false);
    expect(officialUserId).toBeTruthy();
  });
});
