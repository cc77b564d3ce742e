// What an operator owes for one month: their assigned indicators due then, and their budget lines.
import { PAGU_SELECT, paguOfMonth } from '../../activities/lib/paguCeilings';
import type { PrismaClient } from '@ekinerja/db';
import { isDueMonth, periodPhase, periodWindow } from '@ekinerja/scoring';
import { calendarFromRow, WITH_CALENDAR } from '../../settings/lib/scoringSettings';
import type { BudgetTaskMapper, EntryTaskMapper } from '../schema.mappers';

export async function tasksForOperator(
  prisma: PrismaClient,
  userId: string,
  year: number,
  month: number,
  now = new Date(),
): Promise<{ indicators: EntryTaskMapper[]; subActivities: BudgetTaskMapper[] }> {
  const [assigned, budgetLines] = await Promise.all([
    prisma.indicator.findMany({
      where: { operators: { some: { userId } }, objective: { scorecard: { year } } },
      select: {
        id: true,
        code: true,
        name: true,
        unit: true,
        polarity: true,
        frequency: true,
        orgUnitId: true,
        tenantId: true,
        orgUnit: { select: { ancestorIds: true } },
        targets: { where: { year, month } },
        measurements: { where: { year, month } },
      },
      orderBy: [{ orgUnitId: 'asc' }, { sortOrder: 'asc' }],
    }),
    prisma.subActivity.findMany({
      where: { operators: { some: { userId } }, activity: { program: { year } } },
      select: {
        id: true,
        code: true,
        name: true,
        orgUnitId: true,
        ...PAGU_SELECT,
        months: { where: { month } },
      },
      orderBy: { code: 'asc' },
    }),
  ]);
  const tenantIds = [...new Set(assigned.map((i) => i.tenantId))];
  // ancestorIds: the tenant, then the OPD down to the unit itself.
  const opdOf = (i: (typeof assigned)[number]) => i.orgUnit?.ancestorIds[1] ?? null;
  const opdIds = [...new Set(assigned.map(opdOf).filter((id) => id !== null))];
  const [settingsRows, reopenings] = await Promise.all([
    prisma.tenantSettings.findMany({ where: { tenantId: { in: tenantIds } }, include: WITH_CALENDAR }),
    prisma.periodReopening.findMany({
      where: { orgUnitId: { in: opdIds }, year, month },
      select: { orgUnitId: true },
    }),
  ]);
  const settings = new Map(settingsRows.map((s) => [s.tenantId, s]));
  const reopened = new Set(reopenings.map((r) => r.orgUnitId));

  const indicators = assigned
    .filter((i) => isDueMonth(i.frequency, month))
    .map((i): EntryTaskMapper => {
      const row = settings.get(i.tenantId) ?? null;
      const window = periodWindow(year, month, calendarFromRow(row)[i.frequency], row?.timeZone);
      const phase = periodPhase(window, now);
      const opdId = opdOf(i);
      const deadline = window.dueAt;
      const measurement = i.measurements[0] ?? null;
      const target = i.targets[0];
      return {
        indicatorId: i.id,
        code: i.code,
        name: i.name,
        unit: i.unit,
        polarity: i.polarity,
        ownerRef: i.orgUnitId ? { type: 'OrgUnit', id: i.orgUnitId } : { type: 'Tenant', id: i.tenantId },
        year,
        month,
        deadline,
        opensAt: window.opensAt,
        locksAt: window.locksAt,
        phase: phase === 'LOCKED' && opdId && reopened.has(opdId) ? 'REOPENED' : phase,
        late: deadline < now && measurement?.status !== 'VERIFIED',
        target: target?.value ?? null,
        low: target?.low ?? null,
        high: target?.high ?? null,
        measurement,
      };
    })
    // Late first, then what still needs work, then the rest, each in the order of the scorecard.
    .sort((a, b) => Number(b.late) - Number(a.late) || rank(a) - rank(b));

  const subActivities = budgetLines.map((line): BudgetTaskMapper => {
    const m = line.months[0];
    return {
      subActivityId: line.id,
      code: line.code,
      name: line.name,
      orgUnitId: line.orgUnitId,
      month,
      // The ceiling in force for the month entered: pagu perubahan once the revision took effect.
      pagu: paguOfMonth(line, year, month),
      plannedSpend: m?.plannedSpend ?? 0n,
      realisedSpend: m?.realisedSpend ?? null,
      plannedPhysical: m?.plannedPhysical ?? 0,
      realisedPhysical: m?.realisedPhysical ?? null,
      version: m?.version ?? 0,
      budgetMonthId: m?.id ?? null,
    };
  });
  return { indicators, subActivities };
}

const STATUS_RANK: Record<string, number> = { REJECTED: 0, DRAFT: 1, SUBMITTED: 3, VERIFIED: 4 };

function rank(task: EntryTaskMapper): number {
  return task.measurement ? (STATUS_RANK[task.measurement.status] ?? 2) : 2;
}
