// unsignedAgreements: officials of a scope without a signed PK for the year, unit by unit.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { yearArg } from '../../../drilldown/lib/args';
import { readableScope } from '../../../org/providers/readableScope';
import { unsignedAgreements as list } from '../../providers/unsignedAgreements';

export const unsignedAgreements: NonNullable<QueryResolvers['unsignedAgreements']> = async (
  _parent,
  args,
  ctx,
) => {
  const { scope } = await readableScope(ctx, args.scopeId);
  return list(ctx.prisma, scope, yearArg(args.year));
};
