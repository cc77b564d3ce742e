// createUser: an account with its first role on a scope.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { fromScopeId } from '../../../../ids';
import { createUserInput } from '../../lib/userInputs';
import { createUser as create, userRow } from '../../providers/userAdmin';

export const createUser: NonNullable<MutationResolvers['createUser']> = async (_parent, { input }, ctx) => {
  const fields = parseInput(createUserInput, input);
  const scope = fromScopeId(input.scopeId);
  return userRow(ctx.prisma, await create(ctx, { ...fields, scope }));
};
