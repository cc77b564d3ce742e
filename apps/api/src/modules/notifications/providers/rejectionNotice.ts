// A rejected value tells its operator why, in the transaction that rejects it.
import type { Measurement, Prisma } from '@ekinerja/db';
import { bellNotice } from './notificationBell';
import { insertNotifications } from './notificationStore';

/** Creates the operator's notification; returns the bell notice to publish after commit. */
export async function notifyRejection(
  tx: Prisma.TransactionClient,
  rejected: Measurement,
  reason: string,
  now: Date,
) {
  const operatorId = rejected.submittedById ?? rejected.enteredById;
  if (!operatorId) return [];
  const indicator = await tx.indicator.findUniqueOrThrow({
    where: { id: rejected.indicatorId },
    select: { name: true },
  });
  const created = await insertNotifications(
    tx,
    [
      {
        tenantId: rejected.tenantId,
        userId: operatorId,
        kind: 'VALUE_REJECTED',
        // Each rejection is its own event: the version after it names it.
        dedupeKey: `VALUE_REJECTED:${rejected.id}:${rejected.version}`,
        params: {
          indicator: indicator.name,
          indicatorId: rejected.indicatorId,
          year: rejected.year,
          month: rejected.month,
          reason,
        },
        link: '/entry',
      },
    ],
    now,
  );
  return created.map((c) => bellNotice(c.userId, rejected.tenantId));
}
