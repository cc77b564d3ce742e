// Recording a sub-activity's APBD-P revision: pagu perubahan and the day it took effect, written
// by an administrator of its unit with the scope figures above it moved in the same transaction
// (serapan and the S-curve take the pagu in force for each month).
import { badInput, notFound } from '../../../errors';
import { isoDate } from '../../../period';
import { changeOf } from '../../changes/providers/changeLog';
import { performLoggedWrite } from '../../changes/providers/loggedWrite';
import type { WriteContext } from '../../changes/providers/performWrite';
import { subjectScope } from '../../org/providers/subjectScope';
import { budgetFigures, yearDifference } from '../../snapshots/lib/scopeStats';
import { lockTenantForScoring } from '../../snapshots/providers/scoreTreeStore';
import { applyScopeStatsDelta } from '../../snapshots/providers/scopeStatsStore';
import { PAGU_SELECT, paguOfYear, type RevisablePagu } from '../lib/paguCeilings';
import type { SubActivityMapper } from '../schema.mappers';

export interface BudgetRevisionInput {
  subActivityId: string;
  paguPerubahan: bigint;
  /** `YYYY-MM-DD`, inside the sub-activity's budget year. */
  effectiveOn: string;
  clientMutationId?: string | null;
}

const ceilingsJson = (line: RevisablePagu) => ({
  pagu: line.pagu.toString(),
  paguRevised: line.paguRevised?.toString() ?? null,
  paguRevisedOn: isoDate(line.paguRevisedOn),
});

export async function reviseSubActivityBudget(
  ctx: WriteContext,
  input: BudgetRevisionInput,
): Promise<SubActivityMapper> {
  const sub = await ctx.prisma.subActivity.findUnique({
    where: { id: input.subActivityId },
    select: { id: true, activity: { select: { program: { select: { year: true } } } } },
  });
  if (!sub) throw notFound('subActivity');
  const scope = (await subjectScope(ctx.prisma, 'SubActivity', sub.id))!;
  const { tenantId, scopeIds } = scope;
  ctx.authorize('administer', scopeIds, `SubActivity:${sub.id}`);
  const year = sub.activity.program.year;
  if (!input.effectiveOn.startsWith(`${year}-`))
    throw badInput('effectiveOn', 'outsideBudgetYear', { year, value: input.effectiveOn });
  // The scopes whose figures include this line: everything but a kabupaten/kota's parent province.
  const statsScopeIds = scopeIds.slice(scopeIds.indexOf(tenantId));
  const { clientMutationId, ...fields } = input;
  await performLoggedWrite(
    ctx,
    {
      operation: 'reviseSubActivityBudget',
      clientMutationId,
      input: { ...fields, paguPerubahan: fields.paguPerubahan.toString() },
    },
    async (tx) => {
      await lockTenantForScoring(tx, tenantId);
      const before = await tx.subActivity.findUniqueOrThrow({
        where: { id: sub.id },
        select: { ...PAGU_SELECT, months: true },
      });
      const after: RevisablePagu = {
        pagu: before.pagu,
        paguRevised: input.paguPerubahan,
        paguRevisedOn: new Date(`${input.effectiveOn}T00:00:00Z`),
      };
      if (before.paguRevised === after.paguRevised && isoDate(before.paguRevisedOn) === input.effectiveOn)
        return { id: sub.id, record: null };
      await tx.subActivity.update({
        where: { id: sub.id },
        data: { paguRevised: after.paguRevised, paguRevisedOn: after.paguRevisedOn },
      });
      const delta = yearDifference(
        budgetFigures(paguOfYear(after, year), before.months),
        budgetFigures(paguOfYear(before, year), before.months),
      );
      await applyScopeStatsDelta(tx, statsScopeIds, year, delta);
      return {
        id: sub.id,
        record: changeOf(scope, 'SubActivity', sub.id, {
          action: 'BUDGET_REVISED',
          before: ceilingsJson(before),
          after: ceilingsJson(after),
          payload: { year },
        }),
      };
    },
  );
  const row = await ctx.prisma.subActivity.findUniqueOrThrow({ where: { id: sub.id } });
  return { ...row, year };
}
