// assignRole: grants a user a role on a scope.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { fromScopeId, idOf } from '../../../../ids';
import { assignRoleInput } from '../../lib/userInputs';
import { assignRole as assign, userRow } from '../../providers/userAdmin';

export const assignRole: NonNullable<MutationResolvers['assignRole']> = async (_parent, { input }, ctx) => {
  const userId = idOf('User', input.userId, 'userId');
  const fields = parseInput(assignRoleInput, input);
  const scope = fromScopeId(input.scopeId);
  return userRow(ctx.prisma, await assign(ctx, { ...fields, userId, scope }));
};
