// Reminders and notification e-mail against a real SMTP server started here (a real SMTP
// conversation on a free port): one mail per operator behind on a due period and none to those
// who are complete, nothing twice however often or concurrently the job runs, retries after a
// refusing or absent server, in-app only without SMTP, the rejection reason reaching the operator,
// nothing for disabled users, and the bell over a real graphql-ws socket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, databaseTargetFromEnv, type PrismaClient } from '@ekinerja/db';
import { calendarFromRow, WITH_CALENDAR } from '../settings/lib/scoringSettings';
import { gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';
import { decoded, TestSmtp } from '../../testing/smtpServer';
import { collect, enterAndSubmit, freeSlots, liveClient } from '../../testing/workflow';
import { reminderPeriods } from './lib/reminderSchedule';
import { smtpMailer, type Mailer } from './providers/mailOutbox';
import { runReminders } from './providers/reminderJob';

const REJECT = `mutation($input: RejectMeasurementInput!) {
  rejectMeasurement(input: $input) { measurement { id status } } }`;
const INBOX = `query { notifications(first: 5) { unreadCount items { id kind params link read } } }`;
const BELL = `subscription { notificationBell { unreadCount latest { kind params } } }`;

const OPERATOR_DIKES = 'operator-kesehatan@ntbprov.example';
const OPERATOR_PUPR = 'operator-pupr@ntbprov.example';
/** 09:00 WITA on 11 December 2026: November's values were due yesterday. */
const AFTER_DUE = new Date('2026-12-11T01:00:00Z');

let t: TestServer;
let prisma: PrismaClient;
let smtp: TestSmtp;
let mailer: Mailer;
let clock = AFTER_DUE;

const run = (now: Date, options: { mailer?: Mailer | null; prisma?: PrismaClient } = {}) =>
  runReminders(
    { ...t.services, prisma: options.prisma ?? prisma },
    { now, mailer: options.mailer === null ? undefined : (options.mailer ?? mailer) },
  );
const minutes = (at: Date, n: number) => new Date(at.getTime() + n * 60_000);

/** Submits every value operator-pupr owes for the periods the reminders look at, at `now`. */
async function completePupr(now: Date) {
  const tenant = await prisma.tenant.findFirstOrThrow({
    where: { kind: 'PROVINCE' },
    include: { settings: { include: WITH_CALENDAR } },
  });
  const periods = reminderPeriods(calendarFromRow(tenant.settings), tenant.settings!.timeZone, now);
  const pupr = await prisma.user.findUniqueOrThrow({ where: { username: 'operator-pupr' } });
  const assigned = await prisma.indicatorOperator.findMany({
    where: { userId: pupr.id },
    include: { indicator: { include: { objective: { include: { scorecard: true } } } } },
  });
  for (const { indicator } of assigned) {
    const period = periods.find((p) => p.frequency === indicator.frequency);
    if (!period || indicator.objective.scorecard.year !== period.year) continue;
    await prisma.measurement.upsert({
      where: {
        indicatorId_year_month: { indicatorId: indicator.id, year: period.year, month: period.month },
      },
      create: {
        tenantId: indicator.tenantId,
        indicatorId: indicator.id,
        year: period.year,
        month: period.month,
        value: 1,
        status: 'SUBMITTED',
        submittedById: pupr.id,
      },
      update: { status: 'SUBMITTED', submittedById: pupr.id },
    });
  }
}

beforeAll(async () => {
  t = await startTestServer({ clock: () => clock });
  prisma = t.db.prisma;
  smtp = new TestSmtp();
  await smtp.start();
  mailer = smtpMailer({
    smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
    from: 'E-Kinerja <no-reply@ntbprov.example>',
  });
});

afterAll(async () => {
  mailer?.close();
  await smtp?.stop();
  await t?.stop();
});

describe('reminders', () => {
  it('just after the due day mails each operator who is behind once, and nobody who is complete', async () => {
    await completePupr(AFTER_DUE);
    const first = await run(AFTER_DUE);
    expect(
      first.notifications.filter((n) => n.username === 'operator-kesehatan').map((n) => n.kind),
    ).toContain('OVERDUE');
    // operator-pupr reported everything: no reminder of the calendar, only the follow-ups of the
    // demo's problems that they wrote down and that fall due these days.
    expect(
      new Set(first.notifications.filter((n) => n.username === 'operator-pupr').map((n) => n.kind)),
    ).toEqual(new Set(['FOLLOW_UP_DUE']));
    expect(smtp.to(OPERATOR_DIKES)).toHaveLength(1);
    expect(smtp.to(OPERATOR_PUPR)).toHaveLength(1);
    const puprMail = decoded(smtp.to(OPERATOR_PUPR)[0]!.raw);
    expect(puprMail).toContain('Tindak lanjut permasalahan');
    expect(puprMail).not.toContain('belum dikirim');
    const mail = decoded(smtp.to(OPERATOR_DIKES)[0]!.raw);
    expect(mail).toContain('Terlambat');
    expect(mail).toContain('November 2026');

    const before = smtp.received.length;
    const again = await run(AFTER_DUE);
    expect(again.notifications).toEqual([]);
    expect(again.mail).toMatchObject({ queued: 0, sent: 0 });
    expect(smtp.received.length).toBe(before);
  });

  it('two runs at the same moment create and send each message once', async () => {
    // A new day: unit heads get the day's "values waiting" notification, once.
    const nextDay = new Date('2026-12-12T01:00:00Z');
    const other = process.env.DATABASE_URL
      ? createDatabase({ target: databaseTargetFromEnv({ DATABASE_URL: t.db.url! }), poolSize: 2 })
      : undefined;
    const otherMailer = smtpMailer({
      smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      from: 'E-Kinerja <a@ntbprov.example>',
    });
    try {
      const before = smtp.received.length;
      const [a, b] = await Promise.all([
        run(nextDay),
        run(nextDay, { prisma: other?.prisma ?? prisma, mailer: otherMailer }),
      ]);
      const created = [...a.notifications, ...b.notifications];
      const keys = created.map((n) => `${n.userId}/${n.dedupeKey}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(created.some((n) => n.kind === 'SUBMITTED_WAITING')).toBe(true);
      const sent = (a.mail?.sent ?? 0) + (b.mail?.sent ?? 0);
      const newMail = smtp.received.slice(before);
      expect(newMail).toHaveLength(sent);
      const recipients = newMail.flatMap((m) => m.to);
      expect(new Set(recipients).size).toBe(recipients.length);
      expect(recipients).toContain('kadis-kesehatan@ntbprov.example');
      expect(await prisma.mailOutbox.count({ where: { status: 'SENT' } })).toBe(smtp.received.length);
    } finally {
      otherMailer.close();
      await other?.close();
    }
  });

  it('a rejected value tells its operator why; a refusing or absent SMTP server delays the mail, never loses or repeats it', async () => {
    clock = new Date('2026-12-14T02:00:00Z');
    const operator = await loginAs(t.base, 'operator-kesehatan');
    const head = await loginAs(t.base, 'kadis-kesehatan');
    const [slot] = await freeSlots(prisma, 1);
    const measurementId = await enterAndSubmit(t.base, operator, slot!, 42);
    const reason = 'Bukti <b>tidak</b> lengkap & "foto" buram';
    const rejected = await gql(
      t.base,
      REJECT,
      { input: { measurementId, expectedVersion: 2, reason } },
      head,
    );
    expect(rejected.errors).toBeUndefined();

    const inbox = await gql<{
      notifications: { unreadCount: number; items: { kind: string; params: { reason: string } }[] };
    }>(t.base, INBOX, {}, operator);
    expect(inbox.data!.notifications.items[0]).toMatchObject({ kind: 'VALUE_REJECTED', params: { reason } });

    smtp.refuse = true;
    const before = smtp.to(OPERATOR_DIKES).length;
    const refused = await run(clock);
    expect(refused.mail).toMatchObject({ sent: 0 });
    expect(refused.mail!.retrying).toBeGreaterThanOrEqual(1);
    const pending = await prisma.mailOutbox.findFirstOrThrow({
      where: { status: 'PENDING', toAddress: OPERATOR_DIKES },
    });
    expect(pending.attempts).toBe(1);
    expect(pending.lastError).toContain('451');
    // Not yet due again at the same moment; the server is still refusing anyway.
    expect((await run(clock)).mail).toMatchObject({ sent: 0, retrying: 0 });

    // The server is down: the try fails, the mail waits.
    await smtp.stop();
    const down = await run(minutes(clock, 2));
    expect(down.mail).toMatchObject({ sent: 0 });
    expect(down.mail!.retrying).toBeGreaterThanOrEqual(1);
    expect(await prisma.mailOutbox.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({
      status: 'PENDING',
      attempts: 2,
    });

    // Back, and accepting: the mail goes out once.
    smtp.refuse = false;
    await smtp.start(smtp.port);
    expect((await run(minutes(clock, 10))).mail!.sent).toBeGreaterThanOrEqual(1);
    expect((await run(minutes(clock, 30))).mail).toMatchObject({ sent: 0 });
    const mails = smtp.to(OPERATOR_DIKES).slice(before);
    expect(mails).toHaveLength(1);
    const body = decoded(mails[0]!.raw);
    expect(body).toContain(`Alasan: ${reason}`);
    expect(body).toContain('Bukti &lt;b&gt;tidak&lt;/b&gt; lengkap &amp; &quot;foto&quot; buram');
    expect(body).not.toContain('<b>tidak</b> lengkap &amp;');
  });

  it('without SMTP notifications stay in the app; disabled users get nothing', async () => {
    // 10 January 2027: December's values are due today.
    const dueDay = new Date('2027-01-10T01:00:00Z');
    await prisma.user.update({ where: { username: 'operator-kesehatan' }, data: { isActive: false } });
    const outboxBefore = await prisma.mailOutbox.count();
    const mailsBefore = smtp.received.length;
    const report = await run(dueDay, { mailer: null });
    expect(report.mail).toBeNull();
    const dueToday = report.notifications.filter((n) => n.kind === 'DUE_TODAY').map((n) => n.username);
    expect([...new Set(dueToday)]).toEqual(['operator-pupr']);
    expect(
      await prisma.notification.count({
        where: { user: { username: 'operator-kesehatan' }, kind: 'DUE_TODAY' },
      }),
    ).toBe(0);
    expect(await prisma.mailOutbox.count()).toBe(outboxBefore);
    expect(smtp.received.length).toBe(mailsBefore);

    // A mail queued before its recipient was disabled is not sent either.
    await prisma.user.update({ where: { username: 'operator-kesehatan' }, data: { isActive: true } });
    clock = new Date('2027-01-10T02:00:00Z');
    const operator = await loginAs(t.base, 'operator-kesehatan');
    const head = await loginAs(t.base, 'kadis-kesehatan');
    const [slot] = await freeSlots(prisma, 1);
    const measurementId = await enterAndSubmit(t.base, operator, slot!, 7);
    await gql(t.base, REJECT, { input: { measurementId, expectedVersion: 2, reason: 'Salah satuan' } }, head);
    smtp.refuse = true;
    expect((await run(clock)).mail!.retrying).toBeGreaterThanOrEqual(1);
    smtp.refuse = false;
    await prisma.user.update({ where: { username: 'operator-kesehatan' }, data: { isActive: false } });
    const beforeDikes = smtp.to(OPERATOR_DIKES).length;
    expect((await run(minutes(clock, 5))).mail!.cancelled).toBe(1);
    expect(smtp.to(OPERATOR_DIKES)).toHaveLength(beforeDikes);
    await prisma.user.update({ where: { username: 'operator-kesehatan' }, data: { isActive: true } });
  });
});

describe('the bell', () => {
  it('tells a subscriber of a new notification over graphql-ws', async () => {
    clock = new Date('2027-01-11T02:00:00Z');
    const operator = await loginAs(t.base, 'operator-kesehatan');
    const head = await loginAs(t.base, 'kadis-kesehatan');
    const client = liveClient(t.wsUrl, operator);
    try {
      const bell = collect<{
        unreadCount: number;
        latest: { kind: string; params: { reason: string } } | null;
      }>(client, BELL, {});
      const first = await bell.next(() => true);
      const [slot] = await freeSlots(prisma, 1);
      const measurementId = await enterAndSubmit(t.base, operator, slot!, 3);
      await gql(
        t.base,
        REJECT,
        { input: { measurementId, expectedVersion: 2, reason: 'Angka tidak wajar' } },
        head,
      );
      const rung = await bell.next((m) => m.latest?.params.reason === 'Angka tidak wajar');
      expect(rung.unreadCount).toBe(first.unreadCount + 1);
      expect(rung.latest!.kind).toBe('VALUE_REJECTED');
      expect(bell.errors).toEqual([]);
    } finally {
      await client.dispose();
    }
  });
});

describe('the language of e-mails', () => {
  it('is English for a user who chose it', async () => {
    clock = new Date('2027-01-12T02:00:00Z');
    const operator = await loginAs(t.base, 'operator-kesehatan');
    const head = await loginAs(t.base, 'kadis-kesehatan');
    const chosen = await gql<{ setMailLanguage: { locale: string } }>(
      t.base,
      `mutation { setMailLanguage(input: { locale: "en" }) { locale } }`,
      {},
      operator,
    );
    expect(chosen.data?.setMailLanguage.locale).toBe('en');
    const [slot] = await freeSlots(prisma, 1);
    const measurementId = await enterAndSubmit(t.base, operator, slot!, 5);
    await gql(t.base, REJECT, { input: { measurementId, expectedVersion: 2, reason: 'Wrong unit' } }, head);
    const before = smtp.to(OPERATOR_DIKES).length;
    await run(clock);
    const mails = smtp.to(OPERATOR_DIKES).slice(before);
    expect(mails).toHaveLength(1);
    expect(decoded(mails[0]!.raw)).toContain('was rejected. Reason: Wrong unit');
  });
});

describe('choices and reading', () => {
  const PREFER = `mutation($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) { kind delivery } }`;
  const MARK = `mutation($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) { unreadCount items { id read } } }`;

  async function rejectOne(operator: string, head: string, reason: string) {
    const [slot] = await freeSlots(prisma, 1);
    const measurementId = await enterAndSubmit(t.base, operator, slot!, 9);
    await gql(t.base, REJECT, { input: { measurementId, expectedVersion: 2, reason } }, head);
  }

  it('in the app only sends no mail; a digest goes out once a day from 07:00', async () => {
    const operator = await loginAs(t.base, 'operator-kesehatan');
    const head = await loginAs(t.base, 'kadis-kesehatan');
    const set = (delivery: string) =>
      gql(t.base, PREFER, { input: { kind: 'VALUE_REJECTED', delivery } }, operator);
    expect((await set('IN_APP')).data).toEqual({
      setNotificationPreference: { kind: 'VALUE_REJECTED', delivery: 'IN_APP' },
    });
    clock = new Date('2027-01-13T02:00:00Z');
    let before = smtp.to(OPERATOR_DIKES).length;
    await rejectOne(operator, head, 'Hanya di aplikasi');
    await run(clock);
    expect(smtp.to(OPERATOR_DIKES)).toHaveLength(before);

    await set('DIGEST');
    clock = new Date('2027-01-13T21:00:00Z'); // 05:00 WITA on the 14th: too early for the digest
    await rejectOne(operator, head, 'Masuk ringkasan');
    await run(clock);
    expect(smtp.to(OPERATOR_DIKES)).toHaveLength(before);
    await run(new Date('2027-01-14T00:30:00Z')); // 08:30 WITA
    const digests = smtp.to(OPERATOR_DIKES).slice(before);
    expect(digests).toHaveLength(1);
    expect(decoded(digests[0]!.raw)).toContain('Reason: Masuk ringkasan');
    expect(decoded(digests[0]!.raw)).not.toContain('Hanya di aplikasi');
    before = smtp.to(OPERATOR_DIKES).length;
    await rejectOne(operator, head, 'Besok saja');
    await run(new Date('2027-01-14T03:00:00Z'));
    expect(smtp.to(OPERATOR_DIKES)).toHaveLength(before);
  });

  it('marks one notification read, then all, and only the viewer’s own', async () => {
    const operator = await loginAs(t.base, 'operator-kesehatan');
    const head = await loginAs(t.base, 'kadis-kesehatan');
    const inbox = await gql<{
      notifications: { unreadCount: number; items: { id: string; read: boolean }[] };
    }>(t.base, INBOX, {}, operator);
    const { unreadCount, items } = inbox.data!.notifications;
    expect(unreadCount).toBeGreaterThan(1);
    const one = await gql<{ markNotificationsRead: { unreadCount: number } }>(
      t.base,
      MARK,
      { input: { ids: [items[0]!.id] } },
      operator,
    );
    expect(one.data!.markNotificationsRead.unreadCount).toBe(unreadCount - 1);
    // Someone else's id changes nothing of theirs.
    const headBefore = await gql<{ notifications: { unreadCount: number } }>(t.base, INBOX, {}, head);
    await gql(t.base, MARK, { input: { ids: [items[1]!.id] } }, head);
    const again = await gql<{ notifications: { unreadCount: number } }>(t.base, INBOX, {}, operator);
    expect(again.data!.notifications.unreadCount).toBe(unreadCount - 1);
    expect((await gql<{ notifications: { unreadCount: number } }>(t.base, INBOX, {}, head)).data).toEqual(
      headBefore.data,
    );
    const all = await gql<{ markNotificationsRead: { unreadCount: number; items: { read: boolean }[] } }>(
      t.base,
      MARK,
      { input: {} },
      operator,
    );
    expect(all.data!.markNotificationsRead.unreadCount).toBe(0);
    expect(all.data!.markNotificationsRead.items.every((i) => i.read)).toBe(true);
  });
});

describe('the e-mail address', () => {
  const SET = `mutation($input: SetMailAddressInput!) { setMailAddress(input: $input) { id email } }`;

  it('is set by the user, checked, shown to them only, and cleared to stay in the app', async () => {
    const operator = await loginAs(t.base, 'operator-pupr');
    const bad = await gql(t.base, SET, { input: { email: 'bukan alamat' } }, operator);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const set = await gql<{ setMailAddress: { email: string } }>(
      t.base,
      SET,
      { input: { email: ' pupr.baru@ntbprov.example ' } },
      operator,
    );
    expect(set.data?.setMailAddress.email).toBe('pupr.baru@ntbprov.example');
    const admin = await loginAs(t.base, 'superadmin');
    const tenant = await prisma.tenant.findFirstOrThrow({ where: { kind: 'PROVINCE' } });
    const listed = await gql<{ users: { username: string; email: string | null }[] }>(
      t.base,
      `query($id: ID!) { users(tenantId: $id) { username email } }`,
      { id: `Tenant:${tenant.id}` },
      admin,
    );
    expect(listed.data?.users.find((u) => u.username === 'operator-pupr')?.email).toBeNull();
    const cleared = await gql<{ setMailAddress: { email: string | null } }>(
      t.base,
      SET,
      { input: { email: '' } },
      operator,
    );
    expect(cleared.data?.setMailAddress.email).toBeNull();
    expect((await prisma.user.findUniqueOrThrow({ where: { username: 'operator-pupr' } })).email).toBeNull();
  });
});
