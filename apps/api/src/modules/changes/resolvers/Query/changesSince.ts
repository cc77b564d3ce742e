// changesSince: replay the change log for a scope, or tell the client to refetch.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { badInput } from '../../../../errors';
import { readableScope } from '../../../org/providers/readableScope';
import { changesSince as replay } from '../../providers/changeReplay';

const MAX_SEQ = 9_223_372_036_854_775_807n;

export const changesSince: NonNullable<QueryResolvers['changesSince']> = async (_parent, args, ctx) => {
  if (!/^\d{1,19}$/.test(args.seq) || BigInt(args.seq) > MAX_SEQ) throw badInput('seq', 'decimalSequence');
  const { scope } = await readableScope(ctx, args.scopeId);
  return replay(ctx.prisma, scope.row.id, BigInt(args.seq));
};
