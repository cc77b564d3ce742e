// skpViewerOfficial: the official the signed-in user is, so their own SKP page knows whose it is.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { officialWithPosition, viewerOfficial } from '../../providers/skpPeople';

export const skpViewerOfficial: NonNullable<QueryResolvers['skpViewerOfficial']> = async (
  _parent,
  _args,
  ctx,
) => {
  const me = await viewerOfficial(ctx);
  const official = me ? await officialWithPosition(ctx.prisma, me.officialId) : null;
  return official ? { ...official, __typename: 'Official' } : null;
};
