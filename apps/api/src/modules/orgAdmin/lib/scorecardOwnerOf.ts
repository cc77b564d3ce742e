// Whose scorecard a new one is: a tenant, an org unit or an official, from the owner's global id.
import { badInput } from '../../../errors';
import { fromGlobalId } from '../../../ids';
import type { ScorecardOwner } from '../providers/ownerScorecards';

export function scorecardOwnerOf(globalId: string): ScorecardOwner {
  const { type, id } = fromGlobalId(globalId, 'ownerId');
  if (type === 'Tenant') return { kind: 'TENANT', id };
  if (type === 'OrgUnit') return { kind: 'ORG_UNIT', id };
  if (type === 'Official') return { kind: 'OFFICIAL', id };
  throw badInput('ownerId', 'globalId', { expected: 'Tenant, OrgUnit or Official' });
}
