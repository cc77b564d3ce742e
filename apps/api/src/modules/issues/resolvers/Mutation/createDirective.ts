// createDirective: a leader's directive (arahan) on a node, optionally naming the official in charge.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { fromGlobalId, idOf } from '../../../../ids';
import { directiveInput } from '../../lib/issueInputs';
import { loadDirective } from '../../providers/issueReads';
import { createDirective as create } from '../../providers/issueWrites';

export const createDirective: NonNullable<MutationResolvers['createDirective']> = async (
  _parent,
  { input },
  ctx,
) => {
  const subject = fromGlobalId(input.subjectId, 'subjectId');
  const picOfficialId = input.picOfficialId ? idOf('Official', input.picOfficialId, 'picOfficialId') : null;
  const fields = parseInput(directiveInput, input);
  const { id } = await create(ctx, { ...fields, subject, picOfficialId });
  return loadDirective(ctx.prisma, id);
};
