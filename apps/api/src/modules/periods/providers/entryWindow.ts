// The reporting calendar applied to writes: a period past its grace days is closed for entry,
// unless an administrator reopened it for the OPD; a tenant's closed month stays closed.
import type { Prisma } from '@ekinerja/db';
import { periodPhase, periodWindow, type Frequency, type PeriodWindow } from '@ekinerja/scoring';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../../errors';
import { calendarFromRow, WITH_CALENDAR } from '../../settings/lib/scoringSettings';
import { ensurePeriodOpen } from './periodLocks';

export interface EntryPeriod {
  tenantId: string;
  /** The OPD the value belongs to (null for the tenant's own indicators). */
  opdId: string | null;
  frequency: Frequency;
  year: number;
  month: number;
}

/** The window of a period under its tenant's calendar. */
export async function entryWindowOf(
  tx: Prisma.TransactionClient,
  period: Omit<EntryPeriod, 'opdId'>,
): Promise<PeriodWindow> {
  const settings = await tx.tenantSettings.findUnique({
    where: { tenantId: period.tenantId },
    include: WITH_CALENDAR,
  });
  const rule = calendarFromRow(settings)[period.frequency];
  return periodWindow(period.year, period.month, rule, settings?.timeZone);
}

/**
 * Refuses a write into a period that is closed: the tenant's locked month (PERIOD_LOCKED), or a
 * period whose grace days have ended (PERIOD_LOCKED naming `month` and the rule `graceEnded`)
 * and that no administrator reopened for the OPD.
 */
export async function ensureEntryOpen(
  tx: Prisma.TransactionClient,
  period: EntryPeriod,
  now: Date,
): Promise<void> {
  await ensurePeriodOpen(tx, period.tenantId, period.year, period.month);
  const window = await entryWindowOf(tx, period);
  if (periodPhase(window, now) !== 'LOCKED') return;
  const reopened = period.opdId
    ? await tx.periodReopening.findUnique({
        where: { orgUnitId_year_month: { orgUnitId: period.opdId, year: period.year, month: period.month } },
        select: { id: true },
      })
    : null;
  if (reopened) return;
  throw new GraphQLError(
    `Period ${period.year}-${String(period.month).padStart(2, '0')} locked itself after its grace days`,
    {
      extensions: {
        code: ErrorCode.PERIOD_LOCKED,
        field: 'month',
        rule: 'graceEnded',
        year: period.year,
        month: period.month,
        params: { frequency: period.frequency, lockedAt: window.locksAt?.toISOString() ?? null },
      },
    },
  );
}
