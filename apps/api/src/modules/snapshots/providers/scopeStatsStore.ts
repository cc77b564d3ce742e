// Scope figures (reporting timeliness, budget) per tenant-year: rebuilt from the rows, read by
// the scoreboard, and moved by the difference a write makes.
import type { Prisma, PrismaClient } from '@ekinerja/db';
import { reportingDeadline, type ScoringSettings } from '@ekinerja/scoring';
import {
  addYear,
  budgetFigures,
  emptyYear,
  MONTHS,
  reportFigures,
  type ReportRow,
  type StatsFigures,
  type YearFigures,
} from '../lib/scopeStats';
import { PAGU_SELECT, paguOfYear } from '../../activities/lib/paguCeilings';

type Db = PrismaClient | Prisma.TransactionClient;

export interface ScopeStatsRow extends StatsFigures {
  scopeId: string;
  tenantId: string;
  year: number;
  month: number;
}

export function deadlineFor(year: number, settings: ScoringSettings): (month: number) => Date {
  return (month) => reportingDeadline(year, month, settings.dueDay, settings.timeZone);
}

/** Figures of every scope of a tenant (the tenant and each org unit, zero rows included) for a year. */
export async function computeScopeStats(
  db: Db,
  tenantId: string,
  year: number,
  settings: ScoringSettings,
): Promise<ScopeStatsRow[]> {
  const [units, indicators, targets, verified, subActivities] = await Promise.all([
    db.orgUnit.findMany({ where: { tenantId }, select: { id: true, ancestorIds: true } }),
    db.indicator.findMany({
      where: { tenantId, objective: { scorecard: { year } } },
      select: { id: true, orgUnitId: true },
    }),
    db.target.findMany({
      where: { year, indicator: { tenantId } },
      select: { indicatorId: true, month: true },
    }),
    db.measurement.findMany({
      where: { tenantId, year, status: 'VERIFIED' },
      select: { indicatorId: true, month: true, status: true, verifiedAt: true },
    }),
    db.subActivity.findMany({
      where: { activity: { program: { tenantId, year } } },
      select: {
        orgUnitId: true,
        ...PAGU_SELECT,
        months: {
          select: {
            month: true,
            plannedSpend: true,
            realisedSpend: true,
            plannedPhysical: true,
            realisedPhysical: true,
          },
        },
      },
    }),
  ]);

  const byScope = new Map<string, YearFigures>([[tenantId, emptyYear()]]);
  for (const unit of units) byScope.set(unit.id, emptyYear());
  const ancestors = new Map(units.map((u) => [u.id, u.ancestorIds]));
  const addTo = (scopeIds: readonly string[], figures: YearFigures) => {
    for (const scopeId of scopeIds) {
      const year = byScope.get(scopeId);
      if (year) addYear(year, figures);
    }
  };

  const dueMonths = groupMonths(targets);
  const reports = new Map<string, ReportRow[]>();
  for (const m of verified) {
    const list = reports.get(m.indicatorId);
    if (list) list.push(m);
    else reports.set(m.indicatorId, [m]);
  }
  const deadline = deadlineFor(year, settings);
  for (const indicator of indicators) {
    const months = dueMonths.get(indicator.id);
    if (!months) continue;
    const scopeIds = indicator.orgUnitId ? (ancestors.get(indicator.orgUnitId) ?? [tenantId]) : [tenantId];
    addTo(scopeIds, reportFigures(months, reports.get(indicator.id) ?? [], deadline));
  }
  for (const sub of subActivities) {
    addTo(ancestors.get(sub.orgUnitId) ?? [tenantId], budgetFigures(paguOfYear(sub, year), sub.months));
  }

  const rows: ScopeStatsRow[] = [];
  for (const [scopeId, figures] of byScope)
    figures.forEach((f, k) => rows.push({ scopeId, tenantId, year, month: k + 1, ...f }));
  return rows;
}

function groupMonths(targets: { indicatorId: string; month: number }[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const t of targets) {
    const list = groups.get(t.indicatorId);
    if (list) list.push(t.month);
    else groups.set(t.indicatorId, [t.month]);
  }
  return groups;
}

const INSERT_BATCH = 20_000;

/**
 * Zero figures for a new scope (a kabupaten/kota or an org unit) in every year `yearsOf` has
 * figures for, as a rebuild would store them: a scope's rows exist before anything is reported.
 */
export async function insertEmptyScopeStats(
  tx: Prisma.TransactionClient,
  scope: { scopeId: string; tenantId: string },
  yearsOf: string,
): Promise<void> {
  const years = await tx.scopeMonthStats.findMany({
    where: { tenantId: yearsOf },
    distinct: ['year'],
    select: { year: true },
  });
  await tx.scopeMonthStats.createMany({
    data: years.flatMap(({ year }) =>
      Array.from({ length: MONTHS }, (_, k) => ({ ...scope, year, month: k + 1 })),
    ),
  });
}

export async function replaceScopeStats(
  tx: Prisma.TransactionClient,
  tenantId: string,
  year: number,
  rows: ScopeStatsRow[],
): Promise<void> {
  await tx.scopeMonthStats.deleteMany({ where: { tenantId, year } });
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    const batch = rows.slice(i, i + INSERT_BATCH);
    const column = <K extends keyof ScopeStatsRow>(key: K) => batch.map((r) => r[key]);
    const text = (key: 'pagu' | 'plannedSpend' | 'realisedSpend') => batch.map((r) => r[key].toString());
    await tx.$executeRaw`
      INSERT INTO "ScopeMonthStats" ("scopeId", "tenantId", "year", "month", "reportsDue", "reportsOnTime",
        "budgetLines", "pagu", "plannedSpend", "realisedSpend", "plannedPhysicalWeighted", "realisedPhysicalWeighted")
      SELECT * FROM unnest(
        ${column('scopeId')}::uuid[], ${column('tenantId')}::uuid[], ${column('year')}::int[], ${column('month')}::int[],
        ${column('reportsDue')}::int[], ${column('reportsOnTime')}::int[], ${column('budgetLines')}::int[],
        ${text('pagu')}::bigint[], ${text('plannedSpend')}::bigint[], ${text('realisedSpend')}::bigint[],
        ${column('plannedPhysicalWeighted')}::float8[], ${column('realisedPhysicalWeighted')}::float8[])`;
  }
}

/**
 * Adds a write's difference to the scopes above the changed line, in one statement. Rows are
 * locked in key order by the caller's tenant lock, so concurrent writers cannot deadlock here.
 */
export async function applyScopeStatsDelta(
  tx: Prisma.TransactionClient,
  scopeIds: readonly string[],
  year: number,
  delta: Map<number, StatsFigures>,
): Promise<void> {
  if (delta.size === 0 || scopeIds.length === 0) return;
  const scope: string[] = [];
  const month: number[] = [];
  const figures: StatsFigures[] = [];
  for (const scopeId of scopeIds) {
    for (const [m, f] of delta) {
      scope.push(scopeId);
      month.push(m);
      figures.push(f);
    }
  }
  const column = <K extends keyof StatsFigures>(key: K) => figures.map((f) => f[key]);
  const text = (key: 'pagu' | 'plannedSpend' | 'realisedSpend') => figures.map((f) => f[key].toString());
  await tx.$executeRaw`
    UPDATE "ScopeMonthStats" s SET
      "reportsDue" = s."reportsDue" + d.due,
      "reportsOnTime" = s."reportsOnTime" + d.on_time,
      "budgetLines" = s."budgetLines" + d.lines,
      "pagu" = s."pagu" + d.pagu,
      "plannedSpend" = s."plannedSpend" + d.planned,
      "realisedSpend" = s."realisedSpend" + d.realised,
      "plannedPhysicalWeighted" = s."plannedPhysicalWeighted" + d.planned_physical,
      "realisedPhysicalWeighted" = s."realisedPhysicalWeighted" + d.realised_physical
    FROM unnest(
      ${scope}::uuid[], ${month}::int[], ${column('reportsDue')}::int[], ${column('reportsOnTime')}::int[],
      ${column('budgetLines')}::int[], ${text('pagu')}::bigint[], ${text('plannedSpend')}::bigint[],
      ${text('realisedSpend')}::bigint[], ${column('plannedPhysicalWeighted')}::float8[],
      ${column('realisedPhysicalWeighted')}::float8[]
    ) AS d(scope_id, month, due, on_time, lines, pagu, planned, realised, planned_physical, realised_physical)
    WHERE s."scopeId" = d.scope_id AND s.year = ${year} AND s.month = d.month`;
}

/** The stored figures of some scopes for some months. */
export async function readScopeStats(
  db: Db,
  scopeIds: readonly string[],
  year: number,
  months: readonly number[],
): Promise<Map<string, StatsFigures>> {
  const wanted = months.filter((m) => m >= 1 && m <= MONTHS);
  if (scopeIds.length === 0 || wanted.length === 0) return new Map();
  const rows = await db.scopeMonthStats.findMany({
    where: { scopeId: { in: [...scopeIds] }, year, month: { in: wanted } },
  });
  return new Map(rows.map((r) => [statsKey(r.scopeId, r.month), r]));
}

export function statsKey(scopeId: string, month: number): string {
  return `${scopeId}/${month}`;
}
