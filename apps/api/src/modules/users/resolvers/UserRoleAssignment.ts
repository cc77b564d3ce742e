// A role assignment as administrators see it: global id and when it was granted.
import type { UserRoleAssignmentResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';

export const UserRoleAssignment: UserRoleAssignmentResolvers = {
  id: (r) => toGlobalId('RoleAssignment', r.id),
  grantedAt: (r) => r.createdAt.toISOString(),
};
