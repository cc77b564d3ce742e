// directives: leaders' directives given inside a scope, newest first, optionally of one status.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { readableScope } from '../../../org/providers/readableScope';
import { pageSize } from '../../lib/issueInputs';
import { directivesOfScope } from '../../providers/issueReads';

export const directives: NonNullable<QueryResolvers['directives']> = async (_parent, args, ctx) => {
  const take = pageSize(args.first);
  const { scope } = await readableScope(ctx, args.scopeId);
  return directivesOfScope(ctx.prisma, scope, args.status ?? null, take);
};
