// A user as everyone sees them: global id and roles with their scopes.
import type { UserResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';
import { roleAssignmentsOf } from '../providers/roleAssignments';

export const User: Pick<
  UserResolvers,
  'displayName' | 'id' | 'locale' | 'roles' | 'username' | '__isTypeOf'
> = {
  id: (u) => toGlobalId('User', u.id),
  roles: (u, _args, ctx) => roleAssignmentsOf(ctx, u.id),
};
