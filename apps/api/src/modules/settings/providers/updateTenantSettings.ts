// Changes a tenant's scoring rules: the settings row, every snapshot and scope figure of the
// tenant's scorecard years recomputed with them, and the audit record — one transaction, so no
// screen ever sees scores from a mix of old and new rules.
import type { TenantSettings } from '@ekinerja/db';
import { badInput } from '../../../errors';
import { appendChange, noticeOf } from '../../changes/providers/changeLog';
import { performWrite, writeActor, type WriteContext } from '../../changes/providers/performWrite';
import { lockTenantForScoring, rebuildTenantYear } from '../../snapshots/providers/scoreTreeStore';
import { settingsProblem, type SettingsValues } from '../lib/settingsRules';

const FIELDS = [
  'achievementCap',
  'bandGreenMin',
  'bandYellowMin',
  'predikatSangatBaikMin',
  'predikatBaikMin',
  'predikatCukupMin',
  'predikatKurangMin',
  'reportDueDay',
  'rankingWeightScore',
  'rankingWeightBudget',
  'rankingWeightTimeliness',
  'budgetWarningDeviation',
  'budgetCriticalDeviation',
] as const satisfies readonly (keyof SettingsValues)[];

function valuesOf(row: TenantSettings): SettingsValues {
  return Object.fromEntries(FIELDS.map((f) => [f, row[f]])) as unknown as SettingsValues;
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
  clientMutationId: string | null | undefined,
): Promise<SettingsResult> {
  const actor = writeActor(ctx.viewer);
  const scopeIds = tenant.parentId ? [tenant.parentId, tenant.id] : [tenant.id];
  ctx.authorize('administer', scopeIds, `TenantSettings:${tenant.id}`);
  return performWrite(
    ctx,
    actor,
    { operation: 'updateTenantSettings', clientMutationId, input: { tenantId: tenant.id, ...change } },
    async (tx) => {
      await lockTenantForScoring(tx, tenant.id);
      const current = await tx.tenantSettings.upsert({
        where: { tenantId: tenant.id },
        create: { tenantId: tenant.id },
        update: {},
      });
      const before = valuesOf(current);
      const after = { ...before, ...change };
      const problem = settingsProblem(after);
      if (problem) throw badInput(problem.field, problem.rule);
      await tx.tenantSettings.update({ where: { tenantId: tenant.id }, data: change });
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
        before: { ...before },
        after: { ...after },
        payload: null,
      });
      return {
        result: { tenantId: tenant.id, seq: seq.toString(), rebuiltSnapshots: rebuilt },
        notices: [noticeOf(record, seq)],
      };
    },
  );
}
