// setDirectiveStatus: a directive acknowledged or done.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { clientMutationId } from '../../../changes/lib/writeInputs';
import { loadDirective } from '../../providers/issueReads';
import { setDirectiveStatus as setStatus } from '../../providers/issueWrites';

export const setDirectiveStatus: NonNullable<MutationResolvers['setDirectiveStatus']> = async (
  _parent,
  { input },
  ctx,
) => {
  const directiveId = idOf('Directive', input.directiveId, 'directiveId');
  const { id } = await setStatus(ctx, {
    directiveId,
    status: input.status,
    clientMutationId: parseInput(clientMutationId, input.clientMutationId),
  });
  return loadDirective(ctx.prisma, id);
};
