// The tenant a settings read or write names: a Tenant's global id, or BAD_USER_INPUT `globalIdType`.
import { badInput } from '../../../errors';
import { fromGlobalId } from '../../../ids';

export function tenantIdOf(globalId: string): string {
  const { type, id } = fromGlobalId(globalId, 'tenantId');
  if (type !== 'Tenant') throw badInput('tenantId', 'globalIdType', { expected: 'Tenant' });
  return id;
}
