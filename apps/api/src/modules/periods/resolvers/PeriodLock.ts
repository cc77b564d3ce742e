// PeriodLock: served as its mapper holds it; no field needs converting.
import type { PeriodLockResolvers } from '../../../generated/resolverTypes';

export const PeriodLock: PeriodLockResolvers = {};
