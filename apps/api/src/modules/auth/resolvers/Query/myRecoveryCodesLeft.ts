// myRecoveryCodesLeft: the viewer's unused recovery codes, counted.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { unauthenticated } from '../../../../errors';
import { recoveryCodesLeft } from '../../providers/twoFactor';

export const myRecoveryCodesLeft: NonNullable<QueryResolvers['myRecoveryCodesLeft']> = (
  _parent,
  _args,
  ctx,
) => {
  if (ctx.viewer.kind !== 'user') throw unauthenticated();
  return recoveryCodesLeft(ctx.prisma, ctx.viewer.userId);
};
