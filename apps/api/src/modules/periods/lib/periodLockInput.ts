// What locking or unlocking a month carries: the tenant, the period, an optional reason, the retry key.
import { parseInput } from '../../../errors';
import { idOf } from '../../../ids';
import { periodInput } from '../../../period';
import { clientMutationId, reason } from '../../changes/lib/writeInputs';

const periodLockInput = periodInput.extend({ reason: reason.nullish(), clientMutationId });

export function parsePeriodLock(input: { tenantId: string }) {
  const tenantId = idOf('Tenant', input.tenantId, 'tenantId');
  return { ...parseInput(periodLockInput, input), tenantId };
}
