// verificationQueue: submitted values under the scopes where the viewer may verify, oldest first.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { badInput, unauthenticated } from '../../../../errors';
import { readableScope } from '../../../org/providers/readableScope';
import { scopesFor } from '../../../policy/lib/policy';
import { submittedValues } from '../../providers/submittedValues';

export const verificationQueue: NonNullable<QueryResolvers['verificationQueue']> = async (
  _parent,
  args,
  ctx,
) => {
  if (ctx.viewer.kind !== 'user') throw unauthenticated();
  const take = args.first ?? 100;
  if (!Number.isInteger(take) || take < 1 || take > 500)
    throw badInput('first', 'range', { min: 1, max: 500 });
  const verifyScopes = scopesFor(ctx.viewer, 'verify');
  if (verifyScopes.length === 0) return [];
  const within = args.scopeId ? (await readableScope(ctx, args.scopeId)).scope.row.id : null;
  return submittedValues(ctx.prisma, verifyScopes, within, take);
};
