// lockPeriod: closes a tenant's month; every later write into it is refused.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parsePeriodLock } from '../../lib/periodLockInput';
import { setPeriodLock } from '../../providers/periodLocks';

export const lockPeriod: NonNullable<MutationResolvers['lockPeriod']> = (_parent, { input }, ctx) =>
  setPeriodLock(ctx, parsePeriodLock(input), true);
