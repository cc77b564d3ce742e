// Monthly budget realisation and physical progress of a sub-activity, with the scope figures
// above it moved in the same transaction.
import type { BudgetMonth, Prisma } from '@ekinerja/db';
import { badInput, notFound } from '../../../errors';
import { appendChange, noticeOf } from '../../changes/providers/changeLog';
import { subjectScope } from '../../org/providers/subjectScope';
import {
  notAssigned,
  performWrite,
  writeActor,
  type WriteContext,
} from '../../changes/providers/performWrite';
import { conflictOn } from '../../changes/lib/conflict';
import { nowOf } from '../../../context';
import { ensureEntryOpen } from '../../periods/providers/entryWindow';
import { PAGU_SELECT, paguOfYear } from '../lib/paguCeilings';
import { budgetFigures, yearDifference, type BudgetMonthRow } from '../../snapshots/lib/scopeStats';
import { lockTenantForScoring } from '../../snapshots/providers/scoreTreeStore';
import { applyScopeStatsDelta } from '../../snapshots/providers/scopeStatsStore';

export interface ActivityProgressInput {
  subActivityId: string;
  month: number;
  /** Integer Rupiah spent in the month. */
  realisedSpend: bigint;
  /** Cumulative physical progress at the end of the month, 0–100 %. */
  realisedPhysical: number;
  note?: string | null;
  /** Cumulative spend above the pagu is refused unless this is a correction with a reason. */
  correctionReason?: string | null;
  expectedVersion: number;
  clientMutationId?: string | null;
}

export interface BudgetMonthState {
  subActivityId: string;
  month: number;
  plannedSpend: string;
  realisedSpend: string | null;
  plannedPhysical: number;
  realisedPhysical: number | null;
  note: string | null;
  version: number;
}

export interface ActivityProgressResult {
  budgetMonth: BudgetMonthState;
  seq: string;
}

function stateOf(row: BudgetMonth): BudgetMonthState {
  return {
    subActivityId: row.subActivityId,
    month: row.month,
    plannedSpend: row.plannedSpend.toString(),
    realisedSpend: row.realisedSpend?.toString() ?? null,
    plannedPhysical: row.plannedPhysical,
    realisedPhysical: row.realisedPhysical,
    note: row.note,
    version: row.version,
  };
}

export async function saveActivityProgress(
  ctx: WriteContext,
  input: ActivityProgressInput,
): Promise<ActivityProgressResult> {
  const actor = writeActor(ctx.viewer);
  const sub = await ctx.prisma.subActivity.findUnique({
    where: { id: input.subActivityId },
    select: {
      id: true,
      ...PAGU_SELECT,
      orgUnitId: true,
      activity: { select: { program: { select: { year: true } } } },
    },
  });
  if (!sub) throw notFound('subActivity');
  const scope = (await subjectScope(ctx.prisma, 'SubActivity', sub.id))!;
  const { tenantId, scopeIds } = scope;
  // The scopes whose figures include this line: everything but a kabupaten/kota's parent province.
  const statsScopeIds = scopeIds.slice(scopeIds.indexOf(tenantId));
  ctx.authorize('enterData', scopeIds, `SubActivity:${sub.id}`);
  const assigned = await ctx.prisma.subActivityOperator.findUnique({
    where: { subActivityId_userId: { subActivityId: sub.id, userId: actor.userId } },
  });
  if (!assigned) throw notAssigned(ctx, actor, `SubActivity:${sub.id}`);
  const year = sub.activity.program.year;
  const paguOfMonths = paguOfYear(sub, year);
  // The year's spend stays under the year's final ceiling: pagu perubahan once revised.
  const ceiling = paguOfMonths[11]!;

  const { clientMutationId, ...fields } = input;
  return performWrite(
    ctx,
    actor,
    { operation: 'saveActivityProgress', clientMutationId, input: fields },
    async (tx: Prisma.TransactionClient) => {
      await lockTenantForScoring(tx, tenantId);
      // Budget months keep the monthly reporting calendar: locked after its grace days, unless
      // an administrator reopened the month for the OPD.
      await ensureEntryOpen(
        tx,
        { tenantId, opdId: statsScopeIds[1] ?? null, frequency: 'MONTHLY', year, month: input.month },
        nowOf(ctx),
      );
      const months = await tx.budgetMonth.findMany({ where: { subActivityId: sub.id } });
      const before = months.find((m) => m.month === input.month) ?? null;
      if ((before?.version ?? 0) !== input.expectedVersion) {
        throw conflictOn({
          version: before?.version ?? 0,
          value: before?.realisedSpend?.toString() ?? null,
          status: before?.realisedSpend === null || !before ? 'NONE' : 'REPORTED',
        });
      }
      const cumulative =
        months.reduce((sum, m) => sum + (m.month === input.month ? 0n : (m.realisedSpend ?? 0n)), 0n) +
        input.realisedSpend;
      if (cumulative > ceiling && !input.correctionReason?.trim()) {
        throw badInput('realisedSpend', 'cumulativeAbovePagu', {
          pagu: ceiling.toString(),
          cumulative: cumulative.toString(),
        });
      }
      const data = {
        realisedSpend: input.realisedSpend,
        realisedPhysical: input.realisedPhysical,
        note: input.note ?? null,
        updatedById: actor.userId,
      };
      const after = before
        ? await tx.budgetMonth.update({
            where: { id: before.id },
            data: { ...data, version: { increment: 1 } },
          })
        : await tx.budgetMonth.create({ data: { ...data, subActivityId: sub.id, month: input.month } });

      const others: BudgetMonthRow[] = months.filter((m) => m.month !== input.month);
      const delta = yearDifference(
        budgetFigures(paguOfMonths, [...others, after]),
        budgetFigures(paguOfMonths, before ? [...others, before] : others),
      );
      const snapshot = (row: BudgetMonth | null) =>
        row
          ? {
              realisedSpend: row.realisedSpend?.toString() ?? null,
              realisedPhysical: row.realisedPhysical,
              note: row.note,
              version: row.version,
            }
          : null;
      const action = input.correctionReason?.trim() ? 'CORRECTED' : 'REPORTED';
      const seq = await appendChange(tx, {
        tenantId,
        scopeIds,
        entityType: 'SubActivity',
        entityId: sub.id,
        action,
        actorId: actor.userId,
        before: snapshot(before),
        after: snapshot(after),
        payload: { year, month: input.month, reason: input.correctionReason ?? null },
      });
      await applyScopeStatsDelta(tx, statsScopeIds, year, delta);
      return {
        result: { budgetMonth: stateOf(after), seq: seq.toString() },
        notices: [noticeOf({ tenantId, scopeIds, entityType: 'SubActivity', entityId: sub.id, action }, seq)],
      };
    },
  );
}
