// addFollowUp: a follow-up (tindak lanjut) on a problem, with its status and due date.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { followUpInput } from '../../lib/issueInputs';
import { loadIssue } from '../../providers/issueReads';
import { addFollowUp as add } from '../../providers/issueWrites';

export const addFollowUp: NonNullable<MutationResolvers['addFollowUp']> = async (_parent, { input }, ctx) => {
  const issueId = idOf('Issue', input.issueId, 'issueId');
  const fields = parseInput(followUpInput, input);
  const { id } = await add(ctx, { ...fields, status: fields.status ?? 'IN_PROGRESS', issueId });
  return loadIssue(ctx.prisma, id);
};
