// Reopening one OPD's period after it locked itself: an administrator's decision, with its reason
// in the audit log; the other OPDs' periods stay locked.
import type { Prisma } from '@ekinerja/db';
import { badInput } from '../../../errors';
import { toGlobalId } from '../../../ids';
import { changeOf } from '../../changes/providers/changeLog';
import { performLoggedWrite } from '../../changes/providers/loggedWrite';
import type { WriteContext } from '../../changes/providers/performWrite';
import { unitScopePath } from '../../org/providers/orgLoaders';

export interface PeriodReopeningView {
  orgUnitId: string;
  year: number;
  month: number;
  reason: string;
  reopenedAt: string;
  reopenedBy: string | null;
}

const WITH_ACTOR = { reopenedBy: { select: { displayName: true } } } as const;

function viewOf(row: Prisma.PeriodReopeningGetPayload<{ include: typeof WITH_ACTOR }>): PeriodReopeningView {
  return {
    orgUnitId: toGlobalId('OrgUnit', row.orgUnitId),
    year: row.year,
    month: row.month,
    reason: row.reason,
    reopenedAt: row.reopenedAt.toISOString(),
    reopenedBy: row.reopenedBy?.displayName ?? null,
  };
}

export interface ReopenInput {
  orgUnitId: string;
  year: number;
  month: number;
  reason: string;
  clientMutationId?: string | null;
}

export async function reopenPeriod(ctx: WriteContext, input: ReopenInput): Promise<PeriodReopeningView> {
  const unit = await ctx.prisma.orgUnit.findUnique({ where: { id: input.orgUnitId } });
  if (!unit) throw badInput('orgUnitId', 'notFound');
  const scopeIds = await unitScopePath(ctx, unit);
  ctx.authorize('administer', scopeIds, `OrgUnit:${unit.id}`);
  if (unit.kind !== 'OPD') throw badInput('orgUnitId', 'notOpd');
  const { clientMutationId, ...fields } = input;
  const period = { orgUnitId: unit.id, year: input.year, month: input.month };
  await performLoggedWrite(
    ctx,
    { operation: 'reopenPeriod', clientMutationId, input: fields },
    async (tx, actor) => {
      const existing = await tx.periodReopening.findUnique({ where: { orgUnitId_year_month: period } });
      if (existing) return { id: existing.id, record: null };
      const row = await tx.periodReopening.create({
        data: { ...period, tenantId: unit.tenantId, reason: input.reason, reopenedById: actor.userId },
      });
      return {
        id: row.id,
        record: changeOf({ tenantId: unit.tenantId, scopeIds }, 'PeriodReopening', row.id, {
          action: 'REOPENED',
          before: { year: input.year, month: input.month, locked: true },
          after: { year: input.year, month: input.month, locked: false, reason: input.reason },
        }),
      };
    },
  );
  const row = await ctx.prisma.periodReopening.findUniqueOrThrow({
    where: { orgUnitId_year_month: period },
    include: WITH_ACTOR,
  });
  return viewOf(row);
}
