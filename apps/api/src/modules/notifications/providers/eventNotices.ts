// Notifications that an event causes at once, inside the transaction that makes it: an indicator
// turning red when its value is verified, and a directive given to the official in charge.
import type { Band, Directive, Measurement, Prisma } from '@ekinerja/db';
import { toGlobalId, type NodeType } from '../../../ids';
import { bellNotice } from './notificationBell';
import { insertNotifications, type NewNotification } from './notificationStore';

/** The band the indicator's snapshot holds for a month before a change is stored. */
export async function storedBand(
  tx: Prisma.TransactionClient,
  indicatorId: string,
  year: number,
  month: number,
): Promise<Band> {
  const row = await tx.scoreSnapshot.findUnique({
    where: { nodeId_year_month: { nodeId: indicatorId, year, month } },
    select: { band: true },
  });
  return row?.band ?? 'NO_DATA';
}

/**
 * When a verified value turns its indicator red for the month, tells the heads of its unit and the
 * units above, and everyone who follows the indicator — except whoever verified it. Once per
 * indicator and month: turning red again after a recovery in the same month is the same news.
 */
export async function notifyTurnedRed(
  tx: Prisma.TransactionClient,
  change: {
    measurement: Pick<Measurement, 'tenantId' | 'indicatorId' | 'year' | 'month' | 'value'>;
    /** The tenant, then the org units down to the indicator's own (its figures' scopes). */
    statsScopeIds: readonly string[];
    bandBefore: Band;
    bandAfter: Band;
    score: number | null;
    actorId: string;
  },
  now: Date,
) {
  const { measurement: m } = change;
  if (change.bandAfter !== 'RED' || change.bandBefore === 'RED') return [];
  const recipients = await tx.$queryRaw<{ userId: string }[]>`
    SELECT ra."userId" FROM "RoleAssignment" ra JOIN "User" u ON u.id = ra."userId" AND u."isActive"
    WHERE ra.role = 'UNIT_HEAD' AND ra."orgUnitId"::text = ANY(${[...change.statsScopeIds]}::text[])
    UNION
    SELECT f."userId" FROM "IndicatorFollow" f JOIN "User" u ON u.id = f."userId" AND u."isActive"
    WHERE f."indicatorId" = ${m.indicatorId}::uuid`;
  const indicator = await tx.indicator.findUniqueOrThrow({
    where: { id: m.indicatorId },
    select: { name: true },
  });
  const rows = recipients
    .filter((r) => r.userId !== change.actorId)
    .map((r): NewNotification => ({
      tenantId: m.tenantId,
      userId: r.userId,
      kind: 'INDICATOR_RED',
      dedupeKey: `INDICATOR_RED:${m.indicatorId}:${m.year}-${String(m.month).padStart(2, '0')}`,
      params: {
        indicator: indicator.name,
        indicatorId: toGlobalId('Indicator', m.indicatorId),
        year: m.year,
        month: m.month,
        score: change.score,
      },
      link: subjectLink('Indicator', m.indicatorId),
    }));
  const created = await insertNotifications(tx, rows, now);
  return created.map((c) => bellNotice(c.userId, m.tenantId));
}

/** A directive with an official in charge tells that official's user account, if they have one. */
export async function notifyDirectiveAssigned(
  tx: Prisma.TransactionClient,
  directive: Pick<
    Directive,
    'id' | 'tenantId' | 'nodeType' | 'nodeId' | 'content' | 'dueDate' | 'picOfficialId' | 'authorId'
  >,
  now: Date,
) {
  if (!directive.picOfficialId) return [];
  const users = await tx.user.findMany({
    where: {
      officialId: directive.picOfficialId,
      isActive: true,
      id: { not: directive.authorId ?? undefined },
    },
    select: { id: true },
  });
  const created = await insertNotifications(
    tx,
    users.map((u) => ({
      tenantId: directive.tenantId,
      userId: u.id,
      kind: 'DIRECTIVE_ASSIGNED' as const,
      dedupeKey: `DIRECTIVE_ASSIGNED:${directive.id}`,
      params: {
        content: directive.content.slice(0, 200),
        dueDate: directive.dueDate?.toISOString().slice(0, 10) ?? null,
      },
      link: subjectLink(directive.nodeType as NodeType, directive.nodeId),
    })),
    now,
  );
  return created.map((c) => bellNotice(c.userId, directive.tenantId));
}

/** The page of what a notification is about: an indicator's or official's page, else a dashboard. */
export function subjectLink(type: NodeType, id: string): string {
  const global = encodeURIComponent(toGlobalId(type, id));
  if (type === 'Indicator') return `/indicator/${global}`;
  if (type === 'Official') return `/official/${global}`;
  return `/dashboard/${global}`;
}
