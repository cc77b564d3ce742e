// The reminder run: what the reporting calendar, the submitted values and the directives call for
// at a moment, created as notifications (each at most once), then mailed through the outbox. The
// scheduler in every API instance and `pnpm cli reminders` run the same function; concurrent runs
// are safe because the database decides what is new.
import { Prisma, type PrismaClient } from '@ekinerja/db';
import type { AppServices } from '../../../context';
import { calendarFromRow, WITH_CALENDAR } from '../../settings/lib/scoringSettings';
import {
  daysBetween,
  DUE_SOON_DAYS,
  localDate,
  reminderPeriods,
  type ReminderPeriod,
} from '../lib/reminderSchedule';
import type { NodeType } from '../../../ids';
import { subjectLink } from './eventNotices';
import { ringBells } from './notificationBell';
import { insertNotifications, notYetCreated, type NewNotification } from './notificationStore';
import { composeMails, deliverMails, type Mailer, type MailRunReport } from './mailOutbox';

export interface ReminderRunOptions {
  now: Date;
  /** Only this tenant (its code); all tenants when absent. */
  tenantCode?: string;
  /** List what would be created and write nothing. */
  dryRun?: boolean;
  /** Sends the outbox; undefined: notifications stay in the app. */
  mailer?: Mailer;
  publicUrl?: string;
}

export interface ReminderRunReport {
  /** Notifications created (or, in a dry run, that would be). */
  notifications: (NewNotification & { username: string })[];
  mail: MailRunReport | null;
}

export class UnknownTenantError extends Error {}

export async function runReminders(
  services: Pick<AppServices, 'prisma' | 'bus' | 'logger'>,
  options: ReminderRunOptions,
): Promise<ReminderRunReport> {
  const { prisma } = services;
  const tenants = await prisma.tenant.findMany({
    where: options.tenantCode ? { code: options.tenantCode } : {},
    select: { id: true, code: true, settings: { include: WITH_CALENDAR } },
    orderBy: { code: 'asc' },
  });
  if (options.tenantCode && tenants.length === 0) throw new UnknownTenantError(options.tenantCode);
  const planned: NewNotification[] = [];
  for (const tenant of tenants) {
    const timeZone = tenant.settings?.timeZone ?? 'Asia/Makassar';
    const periods = reminderPeriods(calendarFromRow(tenant.settings), timeZone, options.now);
    planned.push(
      ...(await reportingReminders(prisma, tenant.id, periods)),
      ...(await verificationDigests(prisma, tenant.id, localDate(options.now, timeZone))),
      ...(await directiveReminders(prisma, tenant.id, localDate(options.now, timeZone))),
      ...(await followUpReminders(prisma, tenant.id, localDate(options.now, timeZone))),
    );
  }
  const fresh = options.dryRun
    ? await notYetCreated(prisma, planned)
    : await createAll(services, planned, options.now);
  const usernames = new Map(
    (
      await prisma.user.findMany({
        where: { id: { in: [...new Set(fresh.map((n) => n.userId))] } },
        select: { id: true, username: true },
      })
    ).map((u) => [u.id, u.username]),
  );
  const notifications = fresh.map((n) => ({ ...n, username: usernames.get(n.userId) ?? n.userId }));
  if (options.dryRun || !options.mailer) return { notifications, mail: null };
  const queued = await composeMails(prisma, options.now, options.publicUrl);
  const delivered = await deliverMails(prisma, options.mailer, options.now);
  return { notifications, mail: { ...delivered, queued } };
}

/** Creates the planned rows in one transaction, rings the recipients' bells, returns what was new. */
async function createAll(
  services: Pick<AppServices, 'prisma' | 'bus' | 'logger'>,
  planned: NewNotification[],
  now: Date,
): Promise<NewNotification[]> {
  const created = await services.prisma.$transaction((tx) => insertNotifications(tx, planned, now));
  const keyOf = (n: { userId: string; dedupeKey: string }) => `${n.userId}/${n.dedupeKey}`;
  const createdKeys = new Set(created.map(keyOf));
  const fresh = planned.filter((p) => createdKeys.has(keyOf(p)));
  await ringBells(services, fresh);
  return fresh;
}

interface DueRow {
  periodKey: string;
  userId: string;
  missing: bigint;
  due: bigint;
}

/** The tenant's indicators due in each period (by frequency and the scorecard's year). */
function dueIndicators(tenantId: string, periods: readonly ReminderPeriod[]) {
  return Prisma.sql`
    SELECT p.key AS "periodKey", i.id, i."orgUnitId", p.year, p.month
    FROM unnest(${periods.map(periodKey)}::text[], ${periods.map((p) => p.frequency)}::text[],
      ${periods.map((p) => p.year)}::int[], ${periods.map((p) => p.month)}::int[])
      AS p(key, frequency, year, month)
    JOIN "Indicator" i ON i.frequency::text = p.frequency AND i."tenantId" = ${tenantId}::uuid
    JOIN "Objective" o ON o.id = i."objectiveId"
    JOIN "Scorecard" sc ON sc.id = o."scorecardId" AND sc.year = p.year`;
}

/** Not submitted yet: no value, a draft, or a value sent back. */
const MISSING = Prisma.sql`(m.status IS NULL OR m.status IN ('DRAFT', 'REJECTED'))`;

function periodKey(p: Pick<ReminderPeriod, 'frequency' | 'year' | 'month'>): string {
  return `${p.frequency}:${p.year}-${String(p.month).padStart(2, '0')}`;
}

async function reportingReminders(
  prisma: PrismaClient,
  tenantId: string,
  periods: readonly ReminderPeriod[],
): Promise<NewNotification[]> {
  const active = periods.filter((p) => p.events.length > 0);
  if (active.length === 0) return [];
  // One pass over the due indicators and their values serves both recipients. A head's rows are
  // summed per unit and reach the head through the unit's ancestor ids (a hash join on each
  // ancestor), never by testing every head against every unit's path; a unit counts once per
  // head even when the head holds the role on it and on an ancestor.
  const counts = await prisma.$queryRaw<(DueRow & { role: 'OPERATOR' | 'UNIT_HEAD' })[]>`
    WITH d AS MATERIALIZED (
      SELECT d."periodKey", d.id, d."orgUnitId", ${MISSING} AS missing
      FROM (${dueIndicators(tenantId, active)}) d
      LEFT JOIN "Measurement" m ON m."indicatorId" = d.id AND m.year = d.year AND m.month = d.month
    ),
    units AS (
      SELECT d."periodKey", d."orgUnitId", COUNT(*) AS due, COUNT(*) FILTER (WHERE d.missing) AS missing
      FROM d WHERE d."orgUnitId" IS NOT NULL
      GROUP BY d."periodKey", d."orgUnitId"
    ),
    headed AS (
      SELECT DISTINCT units."periodKey", ra."userId", units."orgUnitId", units.due, units.missing
      FROM units
      JOIN "OrgUnit" unit ON unit.id = units."orgUnitId"
      CROSS JOIN LATERAL unnest(unit."ancestorIds") AS above(id)
      JOIN "RoleAssignment" ra ON ra.role = 'UNIT_HEAD' AND ra."orgUnitId"::text = above.id
      JOIN "User" u ON u.id = ra."userId" AND u."isActive"
    )
    SELECT 'OPERATOR' AS role, d."periodKey", io."userId", COUNT(*) AS due,
      COUNT(*) FILTER (WHERE d.missing) AS missing
    FROM d
    JOIN "IndicatorOperator" io ON io."indicatorId" = d.id
    JOIN "User" u ON u.id = io."userId" AND u."isActive"
    GROUP BY d."periodKey", io."userId"
    UNION ALL
    SELECT 'UNIT_HEAD', h."periodKey", h."userId", SUM(h.due)::bigint, SUM(h.missing)::bigint
    FROM headed h
    GROUP BY h."periodKey", h."userId"`;
  const operators = counts.filter((r) => r.role === 'OPERATOR');
  const heads = counts.filter((r) => r.role === 'UNIT_HEAD');
  const byKey = new Map(active.map((p) => [periodKey(p), p]));
  const rows: NewNotification[] = [];
  for (const row of operators) {
    const period = byKey.get(row.periodKey)!;
    const missing = Number(row.missing);
    const params = {
      frequency: period.frequency,
      year: period.year,
      month: period.month,
      dueDate: period.dueDate,
      missing,
    };
    for (const kind of period.events) {
      if (kind === 'OVERDUE_ESCALATED') continue;
      // The window opening concerns everyone with something due; the rest only those behind.
      if (kind !== 'WINDOW_OPENED' && missing === 0) continue;
      rows.push({
        tenantId,
        userId: row.userId,
        kind,
        dedupeKey: `${kind}:${row.periodKey}`,
        params: kind === 'WINDOW_OPENED' ? { ...params, missing: Number(row.due) } : params,
        link: '/entry',
      });
    }
  }
  for (const row of heads) {
    const period = byKey.get(row.periodKey)!;
    if (!period.events.includes('OVERDUE_ESCALATED') || Number(row.missing) === 0) continue;
    rows.push({
      tenantId,
      userId: row.userId,
      kind: 'OVERDUE_ESCALATED',
      dedupeKey: `OVERDUE_ESCALATED:${row.periodKey}`,
      params: {
        frequency: period.frequency,
        year: period.year,
        month: period.month,
        missing: Number(row.missing),
      },
      link: '/board',
    });
  }
  return rows;
}

/**
 * Unit heads with values waiting for them: one notification a day, however many values. Starts
 * from the tenant's submitted values and reaches the heads through each unit's ancestor ids.
 */
async function verificationDigests(prisma: PrismaClient, tenantId: string, today: string) {
  const waiting = await prisma.$queryRaw<{ userId: string; count: bigint }[]>`
    SELECT ra."userId", COUNT(DISTINCT m.id) AS count
    FROM "Measurement" m
    JOIN "Indicator" i ON i.id = m."indicatorId"
    JOIN "OrgUnit" unit ON unit.id = i."orgUnitId"
    CROSS JOIN LATERAL unnest(unit."ancestorIds") AS above(id)
    JOIN "RoleAssignment" ra ON ra.role = 'UNIT_HEAD' AND ra."tenantId" = ${tenantId}::uuid
      AND ra."orgUnitId"::text = above.id
    JOIN "User" u ON u.id = ra."userId" AND u."isActive"
    WHERE m.status = 'SUBMITTED' AND m."tenantId" = ${tenantId}::uuid
      AND m."submittedById" IS DISTINCT FROM ra."userId"
    GROUP BY ra."userId"`;
  return waiting.map((w): NewNotification => ({
    tenantId,
    userId: w.userId,
    kind: 'SUBMITTED_WAITING',
    dedupeKey: `SUBMITTED_WAITING:${today}`,
    params: { count: Number(w.count), date: today },
    link: '/verify',
  }));
}

/** From today to the "due soon" horizon, as the database's calendar dates. */
function dueSoonRange(today: string) {
  const from = new Date(`${today}T00:00:00Z`);
  return { gte: from, lte: new Date(from.getTime() + DUE_SOON_DAYS * 86_400_000) };
}

/** Directives due within three days, to the user of the official in charge. */
async function directiveReminders(prisma: PrismaClient, tenantId: string, today: string) {
  const directives = await prisma.directive.findMany({
    where: {
      tenantId,
      status: { not: 'DONE' },
      dueDate: dueSoonRange(today),
      picOfficialId: { not: null },
    },
    select: { id: true, content: true, dueDate: true, picOfficialId: true, nodeType: true, nodeId: true },
  });
  if (directives.length === 0) return [];
  const users = await prisma.user.findMany({
    where: { officialId: { in: directives.map((d) => d.picOfficialId!) }, isActive: true },
    select: { id: true, officialId: true },
  });
  const userOf = new Map(users.map((u) => [u.officialId, u.id]));
  return directives.flatMap((d): NewNotification[] => {
    const userId = userOf.get(d.picOfficialId);
    const dueDate = d.dueDate!.toISOString().slice(0, 10);
    if (!userId || daysBetween(today, dueDate) < 0) return [];
    return [
      {
        tenantId,
        userId,
        kind: 'DIRECTIVE_DUE',
        dedupeKey: `DIRECTIVE_DUE:${d.id}:${dueDate}`,
        params: { content: d.content.slice(0, 200), dueDate },
        link: subjectLink(d.nodeType as NodeType, d.nodeId),
      },
    ];
  });
}

/**
 * Follow-ups of open problems due within three days, to whoever committed to them (the person who
 * wrote the follow-up down is the one in charge of it).
 */
async function followUpReminders(prisma: PrismaClient, tenantId: string, today: string) {
  const followUps = await prisma.followUp.findMany({
    where: {
      status: { not: 'RESOLVED' },
      dueDate: dueSoonRange(today),
      createdBy: { isActive: true },
      issue: { tenantId, status: { not: 'RESOLVED' } },
    },
    select: {
      id: true,
      description: true,
      dueDate: true,
      createdById: true,
      issue: { select: { title: true, indicatorId: true, orgUnitId: true } },
    },
  });
  return followUps.map((f): NewNotification => {
    const dueDate = f.dueDate!.toISOString().slice(0, 10);
    return {
      tenantId,
      userId: f.createdById!,
      kind: 'FOLLOW_UP_DUE',
      dedupeKey: `FOLLOW_UP_DUE:${f.id}:${dueDate}`,
      params: { issue: f.issue.title, content: f.description.slice(0, 200), dueDate },
      link: f.issue.indicatorId
        ? subjectLink('Indicator', f.issue.indicatorId)
        : subjectLink(f.issue.orgUnitId ? 'OrgUnit' : 'Tenant', f.issue.orgUnitId ?? tenantId),
    };
  });
}
