// A user as everyone sees them: global id, roles with their scopes, and whether they use TOTP.
import type { UserResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';
import { roleAssignmentsOf } from '../providers/roleAssignments';

export const User: Pick<
  UserResolvers,
  'displayName' | 'id' | 'locale' | 'roles' | 'twoFactorEnabled' | 'username' | '__isTypeOf'
> = {
  id: (u) => toGlobalId('User', u.id),
  roles: (u, _args, ctx) => roleAssignmentsOf(ctx, u.id),
  twoFactorEnabled: (u) => u.totpEnabledAt !== null,
};
