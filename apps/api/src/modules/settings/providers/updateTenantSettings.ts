// Changes a tenant's scoring rules and reporting calendar: the settings row and calendar rows, every snapshot and scope figure of the
// tenant's scorecard years recomputed with them, and the audit record — one transaction, so no
// screen ever sees scores from a mix of old and new rules.
import type { Prisma } from '@ekinerja/db';
import { FREQUENCIES } from '@ekinerja/scoring';
import { badInput } from '../../../errors';
import { appendChange, noticeOf } from '../../changes/providers/changeLog';
import { performWrite, writeActor, type WriteContext } from '../../changes/providers/performWrite';
import { lockTenantForScoring, rebuildTenantYear } from '../../snapshots/providers/scoreTreeStore';
import { calendarFromRow, WITH_CALENDAR, type StoredSettings } from '../lib/scoringSettings';
import {
  calendarProblem,
  settingsProblem,
  type CalendarRuleInput,
  type SettingsValues,
} from '../lib/settingsRules';

const FIELDS = [
  'achievementCap',
  'bandGreenMin',
  'bandYellowMin',
  'predikatSangatBaikMin',
  'predikatBaikMin',
  'predikatCukupMin',
  'predikatKurangMin',
  'rankingWeightScore',
  'rankingWeightBudget',
  'rankingWeightTimeliness',
  'budgetWarningDeviation',
  'budgetCriticalDeviation',
] as const satisfies readonly (keyof SettingsValues)[];

function valuesOf(row: StoredSettings): SettingsValues {
  return Object.fromEntries(FIELDS.map((f) => [f, row[f]])) as unknown as SettingsValues;
}

/** The whole calendar, every frequency, as the audit record shows it. */
function calendarOf(row: StoredSettings): Prisma.InputJsonObject {
  const calendar = calendarFromRow(row);
  return Object.fromEntries(FREQUENCIES.map((f) => [f, { ...calendar[f] }]));
}

async function saveCalendar(
  tx: Prisma.TransactionClient,
  tenantId: string,
  rules: readonly CalendarRuleInput[],
): Promise<void> {
  for (const { frequency, openDay, dueDay, graceDays } of rules) {
    const days = { openDay, dueDay, graceDays: graceDays ?? null };
    await tx.reportingCalendar.upsert({
      where: { tenantId_frequency: { tenantId, frequency } },
      create: { tenantId, frequency, ...days },
      update: days,
    });
  }
}

export interface SettingsResult {
  tenantId: string;
  seq: string;
  rebuiltSnapshots: number;
}

export async function updateTenantSettings(
  ctx: WriteContext,
  tenant: { id: string; parentId: string | null },
  change: Partial<SettingsValues>,
  calendar: readonly CalendarRuleInput[],
  clientMutationId: string | null | undefined,
): Promise<SettingsResult> {
  const calendarIssue = calendarProblem(calendar);
  if (calendarIssue) throw badInput(calendarIssue.field, calendarIssue.rule, calendarIssue.params);
  const actor = writeActor(ctx.viewer);
  const scopeIds = tenant.parentId ? [tenant.parentId, tenant.id] : [tenant.id];
  ctx.authorize('administer', scopeIds, `TenantSettings:${tenant.id}`);
  return performWrite(
    ctx,
    actor,
    {
      operation: 'updateTenantSettings',
      clientMutationId,
      input: { tenantId: tenant.id, ...change, reportingCalendar: calendar },
    },
    async (tx) => {
      await lockTenantForScoring(tx, tenant.id);
      const current = await tx.tenantSettings.upsert({
        where: { tenantId: tenant.id },
        create: { tenantId: tenant.id },
        update: {},
        include: WITH_CALENDAR,
      });
      const before = valuesOf(current);
      const after = { ...before, ...change };
      const problem = settingsProblem(after);
      if (problem) throw badInput(problem.field, problem.rule);
      await tx.tenantSettings.update({ where: { tenantId: tenant.id }, data: change });
      await saveCalendar(tx, tenant.id, calendar);
      const saved = await tx.tenantSettings.findUniqueOrThrow({
        where: { tenantId: tenant.id },
        include: WITH_CALENDAR,
      });
      const years = await tx.scorecard.findMany({
        where: { tenantId: tenant.id },
        distinct: ['year'],
        select: { year: true },
      });
      let rebuilt = 0;
      for (const { year } of years) rebuilt += await rebuildTenantYear(tx, tenant.id, year);
      const record = {
        tenantId: tenant.id,
        scopeIds,
        entityType: 'TenantSettings',
        entityId: tenant.id,
        action: 'UPDATED',
      };
      const seq = await appendChange(tx, {
        ...record,
        actorId: actor.userId,
        before: { ...before, reportingCalendar: calendarOf(current) },
        after: { ...after, reportingCalendar: calendarOf(saved) },
        payload: null,
      });
      return {
        result: { tenantId: tenant.id, seq: seq.toString(), rebuiltSnapshots: rebuilt },
        notices: [noticeOf(record, seq)],
      };
    },
  );
}
