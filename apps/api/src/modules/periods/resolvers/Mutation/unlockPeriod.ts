// unlockPeriod: reopens a tenant's closed month.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parsePeriodLock } from '../../lib/periodLockInput';
import { setPeriodLock } from '../../providers/periodLocks';

export const unlockPeriod: NonNullable<MutationResolvers['unlockPeriod']> = (_parent, { input }, ctx) =>
  setPeriodLock(ctx, parsePeriodLock(input), false);
