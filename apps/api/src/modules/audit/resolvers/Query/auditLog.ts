// auditLog: a keyset-paginated view of the change log for one scope.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { badInput, parseInput } from '../../../../errors';
import { fromGlobalId } from '../../../../ids';
import { readableScope } from '../../../org/providers/readableScope';
import { auditLogInput } from '../../lib/auditLogInput';
import { auditPage } from '../../providers/auditPage';

export const auditLog: NonNullable<QueryResolvers['auditLog']> = async (_parent, args, ctx) => {
  const input = parseInput(auditLogInput, args);
  const { scope, path } = await readableScope(ctx, args.scopeId);
  ctx.authorize('audit', path, `audit:${scope.row.id}`);
  const actor = input.userId ? fromGlobalId(input.userId, 'userId') : undefined;
  if (actor && actor.type !== 'User') throw badInput('userId', 'globalIdType', { expected: 'User' });
  return auditPage(ctx.prisma, scope.row.id, { ...input, actorId: actor?.id }, input.first ?? 50);
};
