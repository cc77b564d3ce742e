// reopenPeriod: an administrator opens one OPD's period again after its grace days, with a reason.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseReopen } from '../../lib/periodLockInput';
import { reopenPeriod as reopen } from '../../providers/periodReopenings';

export const reopenPeriod: NonNullable<MutationResolvers['reopenPeriod']> = (_parent, { input }, ctx) =>
  reopen(ctx, parseReopen(input));
