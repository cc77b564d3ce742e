// A user as administrators see them: role assignments with their scopes, active flag, last login.
import type { UserResolvers } from '../../../generated/resolverTypes';
import { roleAssignmentsOf } from '../../auth/providers/roleAssignments';

export const User: Pick<UserResolvers, 'isActive' | 'lastLoginAt' | 'roleAssignments' | '__isTypeOf'> = {
  roleAssignments: (u, _args, ctx) => roleAssignmentsOf(ctx, u.id),
  isActive: (u) => u.isActive,
  lastLoginAt: (u) => u.lastLoginAt?.toISOString() ?? null,
};
