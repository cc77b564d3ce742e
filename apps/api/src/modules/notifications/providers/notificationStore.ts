// The inbox rows: created at most once per (recipient, event, period) by the database's unique
// key, read by their recipient, marked read by them.
import type { NotificationDelivery, NotificationKind, Prisma, PrismaClient } from '@ekinerja/db';
import { NOTIFICATION_KIND_VALUES } from '../lib/notificationInputs';

export interface NewNotification {
  tenantId: string | null;
  userId: string;
  kind: NotificationKind;
  /** The event and its period: the same key for the same user is never created twice. */
  dedupeKey: string;
  params: Record<string, unknown>;
  link: string;
}

export interface CreatedNotification {
  id: string;
  userId: string;
  kind: NotificationKind;
  dedupeKey: string;
}

type Db = PrismaClient | Prisma.TransactionClient;

/** Inserts what is new (INSERT … ON CONFLICT DO NOTHING) and returns only the rows it created. */
export async function insertNotifications(
  db: Db,
  rows: readonly NewNotification[],
  now: Date,
): Promise<CreatedNotification[]> {
  if (rows.length === 0) return [];
  return db.$queryRaw<CreatedNotification[]>`
    INSERT INTO "Notification" (id, "tenantId", "userId", kind, "dedupeKey", params, link, "createdAt")
    SELECT gen_random_uuid(), t."tenantId", t."userId", t.kind::"NotificationKind", t."dedupeKey",
      t.params::jsonb, t.link, ${now.toISOString()}::timestamp
    FROM unnest(${rows.map((r) => r.tenantId)}::uuid[], ${rows.map((r) => r.userId)}::uuid[],
      ${rows.map((r) => r.kind)}::text[], ${rows.map((r) => r.dedupeKey)}::text[],
      ${rows.map((r) => JSON.stringify(r.params))}::text[], ${rows.map((r) => r.link)}::text[])
      AS t("tenantId", "userId", kind, "dedupeKey", params, link)
    ON CONFLICT ("userId", "dedupeKey") DO NOTHING
    RETURNING id, "userId", kind, "dedupeKey"`;
}

/** Of `rows`, those not created yet (for a dry run). */
export async function notYetCreated(prisma: PrismaClient, rows: readonly NewNotification[]) {
  if (rows.length === 0) return [];
  const existing = await prisma.$queryRaw<{ userId: string; dedupeKey: string }[]>`
    SELECT n."userId", n."dedupeKey" FROM "Notification" n
    JOIN unnest(${rows.map((r) => r.userId)}::uuid[], ${rows.map((r) => r.dedupeKey)}::text[])
      AS t("userId", "dedupeKey") ON t."userId" = n."userId" AND t."dedupeKey" = n."dedupeKey"`;
  const seen = new Set(existing.map((e) => `${e.userId}/${e.dedupeKey}`));
  return rows.filter((r) => !seen.has(`${r.userId}/${r.dedupeKey}`));
}

export interface InboxView {
  unreadCount: number;
  items: Prisma.NotificationGetPayload<object>[];
}

export async function inboxOf(prisma: PrismaClient, userId: string, first: number): Promise<InboxView> {
  const [unreadCount, items] = await Promise.all([
    prisma.notification.count({ where: { userId, readAt: null } }),
    prisma.notification.findMany({
      where: { userId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: first,
    }),
  ]);
  return { unreadCount, items };
}

/** Marks the user's own notifications read (`ids` null: all of them); returns how many changed. */
export async function markRead(
  tx: Prisma.TransactionClient,
  userId: string,
  ids: readonly string[] | null,
  now: Date,
): Promise<number> {
  const { count } = await tx.notification.updateMany({
    where: { userId, readAt: null, ...(ids ? { id: { in: [...ids] } } : {}) },
    data: { readAt: now },
  });
  return count;
}

/** Without a choice, every kind is mailed at once (when the installation sends e-mail). */
export const DEFAULT_DELIVERY: NotificationDelivery = 'EMAIL';

export async function preferencesOf(prisma: PrismaClient, userId: string) {
  const stored = await prisma.notificationPreference.findMany({ where: { userId } });
  const byKind = new Map(stored.map((p) => [p.kind, p.delivery]));
  return NOTIFICATION_KIND_VALUES.map((kind) => ({ kind, delivery: byKind.get(kind) ?? DEFAULT_DELIVERY }));
}

export async function savePreference(
  tx: Prisma.TransactionClient,
  userId: string,
  kind: NotificationKind,
  delivery: NotificationDelivery,
) {
  return tx.notificationPreference.upsert({
    where: { userId_kind: { userId, kind } },
    create: { userId, kind, delivery },
    update: { delivery },
  });
}
