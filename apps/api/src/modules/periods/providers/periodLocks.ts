// Closed months: an admin locks a tenant's month, and every write into it is refused.
import type { Prisma } from '@ekinerja/db';
import { GraphQLError } from 'graphql';
import { ErrorCode, notFound } from '../../../errors';
import { appendChange, noticeOf } from '../../changes/providers/changeLog';
import { performWrite, writeActor, type WriteContext } from '../../changes/providers/performWrite';
import { lockTenantForScoring } from '../../snapshots/providers/scoreTreeStore';

export function periodLocked(year: number, month: number): GraphQLError {
  return new GraphQLError(`Period ${year}-${String(month).padStart(2, '0')} is locked`, {
    extensions: { code: ErrorCode.PERIOD_LOCKED, year, month },
  });
}

export async function ensurePeriodOpen(
  tx: Prisma.TransactionClient,
  tenantId: string,
  year: number,
  month: number,
): Promise<void> {
  const lock = await tx.periodLock.findUnique({
    where: { tenantId_year_month: { tenantId, year, month } },
    select: { id: true },
  });
  if (lock) throw periodLocked(year, month);
}

export interface PeriodLockView {
  year: number;
  month: number;
  reason: string | null;
  lockedAt: string;
  lockedBy: string | null;
}

export async function periodLocksOf(
  db: Prisma.TransactionClient,
  tenantId: string,
  year: number,
): Promise<PeriodLockView[]> {
  const rows = await db.periodLock.findMany({
    where: { tenantId, year },
    orderBy: { month: 'asc' },
    include: { lockedBy: { select: { displayName: true } } },
  });
  return rows.map((r) => ({
    year: r.year,
    month: r.month,
    reason: r.reason,
    lockedAt: r.lockedAt.toISOString(),
    lockedBy: r.lockedBy?.displayName ?? null,
  }));
}

/**
 * Locks or unlocks a month under the tenant's scoring lock, so no write into the month is half
 * way through when it closes. Returns the tenant's locks for the year.
 */
export async function setPeriodLock(
  ctx: WriteContext,
  input: {
    tenantId: string;
    year: number;
    month: number;
    reason?: string | null;
    clientMutationId?: string | null;
  },
  locked: boolean,
): Promise<PeriodLockView[]> {
  const actor = writeActor(ctx.viewer);
  const tenant = await ctx.prisma.tenant.findUnique({ where: { id: input.tenantId } });
  if (!tenant) throw notFound('tenant');
  const scopeIds = tenant.parentId ? [tenant.parentId, tenant.id] : [tenant.id];
  ctx.authorize('administer', scopeIds, `Tenant:${tenant.id}`);
  const { clientMutationId, ...fields } = input;
  return performWrite(
    ctx,
    actor,
    { operation: locked ? 'lockPeriod' : 'unlockPeriod', clientMutationId, input: fields },
    async (tx) => {
      await lockTenantForScoring(tx, tenant.id);
      const where = { tenantId_year_month: { tenantId: tenant.id, year: input.year, month: input.month } };
      const existing = await tx.periodLock.findUnique({ where });
      if (locked && !existing) {
        await tx.periodLock.create({
          data: {
            tenantId: tenant.id,
            year: input.year,
            month: input.month,
            reason: input.reason ?? null,
            lockedById: actor.userId,
          },
        });
      } else if (!locked && existing) {
        await tx.periodLock.delete({ where });
      } else {
        return { result: await periodLocksOf(tx, tenant.id, input.year) };
      }
      const action = locked ? 'LOCKED' : 'UNLOCKED';
      const seq = await appendChange(tx, {
        tenantId: tenant.id,
        scopeIds,
        entityType: 'PeriodLock',
        entityId: tenant.id,
        action,
        actorId: actor.userId,
        before: { year: input.year, month: input.month, locked: !locked },
        after: { year: input.year, month: input.month, locked, reason: input.reason ?? null },
        payload: null,
      });
      return {
        result: await periodLocksOf(tx, tenant.id, input.year),
        notices: [
          noticeOf(
            { tenantId: tenant.id, scopeIds, entityType: 'PeriodLock', entityId: tenant.id, action },
            seq,
          ),
        ],
      };
    },
  );
}
