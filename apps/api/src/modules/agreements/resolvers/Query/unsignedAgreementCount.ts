// unsignedAgreementCount: how many officials of a scope have no signed PK for the year (the wall's count).
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { yearArg } from '../../../drilldown/lib/args';
import { readableScope } from '../../../org/providers/readableScope';
import { unsignedAgreements } from '../../providers/unsignedAgreements';

export const unsignedAgreementCount: NonNullable<QueryResolvers['unsignedAgreementCount']> = async (
  _parent,
  args,
  ctx,
) => {
  const { scope } = await readableScope(ctx, args.scopeId);
  return (await unsignedAgreements(ctx.prisma, scope, yearArg(args.year))).length;
};
