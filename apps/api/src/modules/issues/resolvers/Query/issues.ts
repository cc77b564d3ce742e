// issues: a scope's problems, newest first, optionally of one status.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { readableScope } from '../../../org/providers/readableScope';
import { pageSize } from '../../lib/issueInputs';
import { issuesOfScope } from '../../providers/issueReads';

export const issues: NonNullable<QueryResolvers['issues']> = async (_parent, args, ctx) => {
  const take = pageSize(args.first);
  const { scope } = await readableScope(ctx, args.scopeId);
  return issuesOfScope(ctx.prisma, scope, args.status ?? null, take);
};
