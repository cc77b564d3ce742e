// setIssueStatus: a problem moves to in progress or resolved (or back to open).
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { clientMutationId } from '../../../changes/lib/writeInputs';
import { loadIssue } from '../../providers/issueReads';
import { setIssueStatus as setStatus } from '../../providers/issueWrites';

export const setIssueStatus: NonNullable<MutationResolvers['setIssueStatus']> = async (
  _parent,
  { input },
  ctx,
) => {
  const issueId = idOf('Issue', input.issueId, 'issueId');
  const { id } = await setStatus(ctx, {
    issueId,
    status: input.status,
    clientMutationId: parseInput(clientMutationId, input.clientMutationId),
  });
  return loadIssue(ctx.prisma, id);
};
