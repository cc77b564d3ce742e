// What locking, unlocking or reopening a month carries: the tenant or OPD, the period, a reason, the retry key.
import { parseInput } from '../../../errors';
import { idOf } from '../../../ids';
import { periodInput } from '../../../period';
import { clientMutationId, reason } from '../../changes/lib/writeInputs';

const periodLockInput = periodInput.extend({ reason: reason.nullish(), clientMutationId });

export function parsePeriodLock(input: { tenantId: string }) {
  const tenantId = idOf('Tenant', input.tenantId, 'tenantId');
  return { ...parseInput(periodLockInput, input), tenantId };
}

const reopenInput = periodInput.extend({ reason, clientMutationId });

export function parseReopen(input: { orgUnitId: string }) {
  const orgUnitId = idOf('OrgUnit', input.orgUnitId, 'orgUnitId');
  return { ...parseInput(reopenInput, input), orgUnitId };
}
