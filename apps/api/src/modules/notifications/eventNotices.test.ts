// Notifications an event causes at once, over the real server: a verified value that turns an
// indicator red reaches who follows it and the heads above it (not the verifier); a directive
// reaches the official in charge; a follow-up due soon reaches who wrote it down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../ids';
import { DEMO_YEAR, gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';
import { enterAndSubmit, verify, type Slot } from '../../testing/workflow';
import { runReminders } from './providers/reminderJob';

const FOLLOW = `mutation($input: FollowIndicatorInput!) {
  followIndicator(input: $input) { id followedByViewer } }`;
const FOLLOWED = `query($id: ID!) { node(id: $id) { ... on Indicator { followedByViewer } } }`;
const DIRECTIVE = `mutation($input: CreateDirectiveInput!) { createDirective(input: $input) { id } }`;
const ISSUE = `mutation($input: CreateIssueInput!) { createIssue(input: $input) { id } }`;
const FOLLOW_UP = `mutation($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }`;

/** 09:00 WITA on 14 December 2026. */
const NOW = new Date('2026-12-14T01:00:00Z');

let t: TestServer;
let operator: string;
let kadis: string;
let sekda: string;
/** A monthly MAXIMIZE indicator of a Dinas Kesehatan bidang whose latest value counts (LAST). */
let slot: Slot & { target: number };

function notificationsOf(username: string, kind: string) {
  return t.db.prisma.notification.findMany({
    where: { user: { username }, kind: kind as never },
    orderBy: { createdAt: 'asc' },
  });
}

beforeAll(async () => {
  t = await startTestServer({ clock: () => NOW });
  [operator, kadis, sekda] = await Promise.all([
    loginAs(t.base, 'operator-kesehatan'),
    loginAs(t.base, 'kadis-kesehatan'),
    loginAs(t.base, 'sekda'),
  ]);
  const user = await t.db.prisma.user.findUniqueOrThrow({ where: { username: 'operator-kesehatan' } });
  // A free month whose stored score is not red yet, so that a zero turns it red.
  const found = await t.db.prisma.$queryRaw<(Slot & { target: number })[]>`
    SELECT t."indicatorId", t.month, t.value AS target
    FROM "Target" t
    JOIN "IndicatorOperator" o ON o."indicatorId" = t."indicatorId" AND o."userId" = ${user.id}::uuid
    JOIN "Indicator" i ON i.id = t."indicatorId"
    LEFT JOIN "Measurement" m ON m."indicatorId" = t."indicatorId" AND m.year = t.year AND m.month = t.month
    LEFT JOIN "ScoreSnapshot" s ON s."nodeId" = t."indicatorId" AND s.year = t.year AND s.month = t.month
    WHERE t.year = ${DEMO_YEAR} AND m.id IS NULL AND t.value > 0 AND i.polarity = 'MAXIMIZE'
      AND i.aggregation = 'LAST' AND i.frequency = 'MONTHLY' AND s.band IS DISTINCT FROM 'RED'
    ORDER BY t.month, t."indicatorId" LIMIT 1`;
  expect(found).toHaveLength(1);
  slot = found[0]!;
  // The head of the bidang that owns the indicator, below the Kepala Dinas.
  const indicator = await t.db.prisma.indicator.findUniqueOrThrow({ where: { id: slot.indicatorId } });
  await t.db.prisma.user.create({
    data: {
      username: 'kabid-bidang-uji',
      displayName: 'Kepala Bidang Uji',
      passwordHash: '!',
      tenantId: indicator.tenantId,
      roles: { create: { role: 'UNIT_HEAD', tenantId: indicator.tenantId, orgUnitId: indicator.orgUnitId } },
    },
  });
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('following an indicator', () => {
  it('is the viewer’s own choice, for indicators they may read, and can be undone', async () => {
    const id = toGlobalId('Indicator', slot.indicatorId);
    const followed = await gql<{ followIndicator: { followedByViewer: boolean } }>(
      t.base,
      FOLLOW,
      { input: { indicatorId: id, follow: true } },
      sekda,
    );
    expect(followed.data?.followIndicator.followedByViewer).toBe(true);
    // Following twice keeps one row.
    await gql(t.base, FOLLOW, { input: { indicatorId: id, follow: true } }, sekda);
    expect(await t.db.prisma.indicatorFollow.count({ where: { indicatorId: slot.indicatorId } })).toBe(1);
    // Another user's view is their own.
    const other = await gql<{ node: { followedByViewer: boolean } }>(t.base, FOLLOWED, { id }, kadis);
    expect(other.data?.node.followedByViewer).toBe(false);

    // An operator of another OPD may not read, so may not follow, a Dinas Kesehatan indicator.
    const pupr = await loginAs(t.base, 'operator-pupr');
    const refused = await gql(t.base, FOLLOW, { input: { indicatorId: id, follow: true } }, pupr);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const wrongType = await gql(
      t.base,
      FOLLOW,
      { input: { indicatorId: toGlobalId('OrgUnit', slot.indicatorId), follow: true } },
      kadis,
    );
    expect(wrongType.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'indicatorId' });
    expect(await t.db.prisma.indicatorFollow.count({ where: { indicatorId: slot.indicatorId } })).toBe(1);

    await gql(t.base, FOLLOW, { input: { indicatorId: id, follow: false } }, kadis);
    const kept = await gql<{ node: { followedByViewer: boolean } }>(t.base, FOLLOWED, { id }, sekda);
    expect(kept.data?.node.followedByViewer).toBe(true);
  });
});

describe('an indicator turning red', () => {
  it('tells its followers and the heads above it once, never the head who verified it', async () => {
    const measurementId = await enterAndSubmit(t.base, operator, slot, 0);
    await verify(t.base, kadis, measurementId);

    const [told] = await notificationsOf('sekda', 'INDICATOR_RED');
    expect(told).toMatchObject({
      link: `/indicator/${encodeURIComponent(toGlobalId('Indicator', slot.indicatorId))}`,
      params: { year: DEMO_YEAR, month: slot.month, score: 0 },
    });
    const indicator = await t.db.prisma.indicator.findUniqueOrThrow({ where: { id: slot.indicatorId } });
    expect((told!.params as { indicator: string }).indicator).toBe(indicator.name);
    expect(await notificationsOf('kabid-bidang-uji', 'INDICATOR_RED')).toHaveLength(1);
    expect(await notificationsOf('kadis-kesehatan', 'INDICATOR_RED')).toHaveLength(0);
    expect(await notificationsOf('operator-kesehatan', 'INDICATOR_RED')).toHaveLength(0);

    // Revised and verified red again in the same month: the same news, not told twice.
    const revised = await gql<{ saveMeasurement: { measurement: { id: string; version: number } } }>(
      t.base,
      `mutation($input: SaveMeasurementInput!) { saveMeasurement(input: $input) { measurement { id version } } }`,
      {
        input: {
          indicatorId: toGlobalId('Indicator', slot.indicatorId),
          year: DEMO_YEAR,
          month: slot.month,
          value: 1,
          expectedVersion: 3,
          reason: 'Koreksi data puskesmas',
          analysis: {
            obstacles: 'Data puskesmas belum lengkap',
            followUpPlan: 'Verifikasi lapangan',
            followUpDue: `${DEMO_YEAR}-12-31`,
          },
        },
      },
      operator,
    );
    expect(revised.errors).toBeUndefined();
    const { id, version } = revised.data!.saveMeasurement.measurement;
    const submitted = await gql(
      t.base,
      `mutation($input: MeasurementStepInput!) { submitMeasurement(input: $input) { seq } }`,
      { input: { measurementId: id, expectedVersion: version } },
      operator,
    );
    expect(submitted.errors).toBeUndefined();
    const again = await gql(
      t.base,
      `mutation($input: MeasurementStepInput!) { verifyMeasurement(input: $input) { seq } }`,
      { input: { measurementId: id, expectedVersion: version + 1 } },
      kadis,
    );
    expect(again.errors).toBeUndefined();
    expect(await notificationsOf('sekda', 'INDICATOR_RED')).toHaveLength(1);
  });
});

describe('directives and follow-ups', () => {
  it('a directive reaches the official in charge at once; a follow-up due soon reaches who wrote it', async () => {
    const gubernur = await loginAs(t.base, 'gubernur');
    const head = await t.db.prisma.user.findUniqueOrThrow({ where: { username: 'kadis-kesehatan' } });
    const given = await gql(
      t.base,
      DIRECTIVE,
      {
        input: {
          subjectId: toGlobalId('Indicator', slot.indicatorId),
          content: 'Turunkan <kasus> stunting di Lombok Timur',
          dueDate: '2026-12-20',
          picOfficialId: toGlobalId('Official', head.officialId!),
        },
      },
      gubernur,
    );
    expect(given.errors).toBeUndefined();
    const [assigned] = await notificationsOf('kadis-kesehatan', 'DIRECTIVE_ASSIGNED');
    expect(assigned).toMatchObject({
      params: { content: 'Turunkan <kasus> stunting di Lombok Timur', dueDate: '2026-12-20' },
      link: `/indicator/${encodeURIComponent(toGlobalId('Indicator', slot.indicatorId))}`,
    });

    const issue = await gql<{ createIssue: { id: string } }>(
      t.base,
      ISSUE,
      {
        input: {
          subjectId: toGlobalId('Indicator', slot.indicatorId),
          title: 'Laporan puskesmas terlambat',
          description: 'Tiga puskesmas belum mengirim data.',
        },
      },
      kadis,
    );
    expect(issue.errors).toBeUndefined();
    const followUp = await gql(
      t.base,
      FOLLOW_UP,
      {
        input: {
          issueId: issue.data!.createIssue.id,
          description: 'Kunjungan ke puskesmas',
          dueDate: '2026-12-16',
        },
      },
      kadis,
    );
    expect(followUp.errors).toBeUndefined();

    const services = { ...t.services, prisma: t.db.prisma };
    const dryRun = await runReminders(services, { now: NOW, dryRun: true, tenantCode: '52' });
    const ours = (n: { kind: string; username: string }) =>
      n.kind === 'FOLLOW_UP_DUE' && n.username === 'kadis-kesehatan';
    expect(dryRun.notifications.filter(ours)).toEqual([
      expect.objectContaining({
        params: {
          issue: 'Laporan puskesmas terlambat',
          content: 'Kunjungan ke puskesmas',
          dueDate: '2026-12-16',
        },
      }),
    ]);
    // Follow-ups of the demo's own problems due these days go to those who wrote them.
    expect(dryRun.notifications.filter((n) => n.kind === 'FOLLOW_UP_DUE' && !ours(n)).length).toBeGreaterThan(
      0,
    );
    await runReminders(services, { now: NOW, tenantCode: '52' });
    await runReminders(services, { now: NOW, tenantCode: '52' });
    expect(await notificationsOf('kadis-kesehatan', 'FOLLOW_UP_DUE')).toHaveLength(1);
  });
});
