// The e-mail outbox. Composing turns unmailed notifications into outbox rows (one mail per user
// and run, or a daily digest) in the transaction that marks them mailed; delivery claims due rows
// with FOR UPDATE SKIP LOCKED and a lease, so concurrent runs on several instances never send a
// row twice, and a failed send stays pending with a later `nextAttemptAt` until it goes through.
import nodemailer from 'nodemailer';
import type { PrismaClient } from '@ekinerja/db';
import type { MailConfig } from '../../../config';
import { localDate } from '../lib/reminderSchedule';
import { mailContent, mailLocale, MAX_MAIL_ATTEMPTS, retryDelayMs, type MailItem } from '../lib/mailText';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function smtpMailer(config: MailConfig): Mailer {
  const transport = nodemailer.createTransport({
    url: config.smtpUrl,
    // A server that hangs must not hold a reminder run for minutes.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      await transport.sendMail({ from: config.from, ...mail });
    },
    close: () => transport.close(),
  };
}

export interface MailRunReport {
  queued: number;
  sent: number;
  retrying: number;
  /** Given up after MAX_MAIL_ATTEMPTS tries. */
  failed: number;
  /** Not sent because the recipient was disabled after the mail was queued. */
  cancelled: number;
}

/** Notifications older than this are not mailed any more (e.g. made while e-mail was off). */
const MAIL_WINDOW_MS = 2 * 86_400_000;
/** Digests go out from this hour of the recipient's day. */
const DIGEST_HOUR = 7;
/** How long a claimed row is held by the run sending it before another run may try it again. */
const LEASE_MS = 10 * 60_000;

interface Unmailed {
  id: string;
  userId: string;
  kind: string;
  params: Record<string, unknown>;
  link: string;
  delivery: 'IN_APP' | 'EMAIL' | 'DIGEST';
  email: string;
  locale: string;
  displayName: string;
  timeZone: string;
}

/** Queues mails for the notifications not mailed yet; returns how many mails it queued. */
export async function composeMails(prisma: PrismaClient, now: Date, publicUrl?: string): Promise<number> {
  const since = new Date(now.getTime() - MAIL_WINDOW_MS);
  return prisma.$transaction(async (tx) => {
    // Rows another run is composing right now are skipped; it marks them mailed when it commits.
    const rows = await tx.$queryRaw<Unmailed[]>`
      SELECT n.id, n."userId", n.kind::text AS kind, n.params, n.link,
        COALESCE(p.delivery::text, 'EMAIL') AS delivery, u.email, u.locale, u."displayName",
        COALESCE(ts."timeZone", 'Asia/Makassar') AS "timeZone"
      FROM "Notification" n
      JOIN "User" u ON u.id = n."userId"
      LEFT JOIN "TenantSettings" ts ON ts."tenantId" = u."tenantId"
      LEFT JOIN "NotificationPreference" p ON p."userId" = n."userId" AND p.kind = n.kind
      WHERE n."mailedAt" IS NULL AND n."createdAt" >= ${since.toISOString()}::timestamp
        AND n."createdAt" <= ${now.toISOString()}::timestamp
        AND u."isActive" AND u.email IS NOT NULL
      ORDER BY n."createdAt", n.id
      FOR UPDATE OF n SKIP LOCKED`;
    // In the app only: settled now, so a later change of mind does not mail old notifications.
    const inAppOnly = rows.filter((r) => r.delivery === 'IN_APP').map((r) => r.id);
    if (inAppOnly.length > 0)
      await tx.notification.updateMany({ where: { id: { in: inAppOnly } }, data: { mailedAt: now } });
    const groups = new Map<string, Unmailed[]>();
    for (const row of rows.filter((r) => r.delivery !== 'IN_APP')) {
      const key = `${row.userId}/${row.delivery}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    let queued = 0;
    for (const items of groups.values()) {
      const first = items[0]!;
      const digest = first.delivery === 'DIGEST';
      const localHour = Number(
        new Intl.DateTimeFormat('en-GB', {
          timeZone: first.timeZone,
          hour: '2-digit',
          hourCycle: 'h23',
        }).format(now),
      );
      if (digest && localHour < DIGEST_HOUR) continue;
      const content = mailContent(mailLocale(first.locale), first.displayName, items as MailItem[], {
        digest,
        baseUrl: publicUrl,
      });
      // One mail per user per day for a digest; otherwise the first notification names the mail.
      const dedupeKey = digest
        ? `digest:${first.userId}:${localDate(now, first.timeZone)}`
        : `mail:${first.userId}:${first.id}`;
      const inserted = await tx.$executeRaw`
        INSERT INTO "MailOutbox" (id, "userId", "dedupeKey", "toAddress", subject, text, html, status,
          attempts, "nextAttemptAt", "createdAt")
        VALUES (gen_random_uuid(), ${first.userId}::uuid, ${dedupeKey}, ${first.email}, ${content.subject},
          ${content.text}, ${content.html}, 'PENDING', 0, ${now.toISOString()}::timestamp, ${now.toISOString()}::timestamp)
        ON CONFLICT ("dedupeKey") DO NOTHING`;
      // Today's digest is already out: these wait for tomorrow's.
      if (inserted === 0) continue;
      await tx.notification.updateMany({
        where: { id: { in: items.map((i) => i.id) } },
        data: { mailedAt: now },
      });
      queued += 1;
    }
    return queued;
  });
}

interface Claimed {
  id: string;
  userId: string;
  toAddress: string;
  subject: string;
  text: string;
  html: string;
  attempts: number;
  active: boolean;
}

/** Sends every due pending mail, a batch at a time, until none is left for this moment. */
export async function deliverMails(
  prisma: PrismaClient,
  mailer: Mailer,
  now: Date,
  batchSize = 20,
): Promise<Omit<MailRunReport, 'queued'>> {
  const report = { sent: 0, retrying: 0, failed: 0, cancelled: 0 };
  for (;;) {
    const leaseUntil = new Date(now.getTime() + LEASE_MS);
    // The claim commits at once: the lease (nextAttemptAt moved ahead) keeps other runs away while
    // this one talks to the SMTP server, without holding a transaction open meanwhile.
    const claimed = await prisma.$queryRaw<Claimed[]>`
      UPDATE "MailOutbox" o SET attempts = o.attempts + 1, "nextAttemptAt" = ${leaseUntil.toISOString()}::timestamp
      FROM (
        SELECT id FROM "MailOutbox"
        WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now.toISOString()}::timestamp
        ORDER BY "nextAttemptAt", id
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED
      ) due, "User" u
      WHERE o.id = due.id AND u.id = o."userId"
      RETURNING o.id, o."userId", o."toAddress", o.subject, o.text, o.html, o.attempts, u."isActive" AS active`;
    if (claimed.length === 0) return report;
    for (const mail of claimed) {
      if (!mail.active) {
        await prisma.mailOutbox.update({
          where: { id: mail.id },
          data: { status: 'FAILED', lastError: 'recipient disabled' },
        });
        report.cancelled += 1;
        continue;
      }
      try {
        await mailer.send({ to: mail.toAddress, subject: mail.subject, text: mail.text, html: mail.html });
        await prisma.mailOutbox.update({ where: { id: mail.id }, data: { status: 'SENT', sentAt: now } });
        report.sent += 1;
      } catch (error) {
        const givingUp = mail.attempts >= MAX_MAIL_ATTEMPTS;
        await prisma.mailOutbox.update({
          where: { id: mail.id },
          data: {
            status: givingUp ? 'FAILED' : 'PENDING',
            nextAttemptAt: new Date(now.getTime() + retryDelayMs(mail.attempts)),
            lastError: String((error as Error).message ?? error).slice(0, 500),
          },
        });
        if (givingUp) report.failed += 1;
        else report.retrying += 1;
      }
    }
  }
}
