// createIssue: a problem (permasalahan) raised on an indicator, activity or unit.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { fromGlobalId } from '../../../../ids';
import { issueInput } from '../../lib/issueInputs';
import { loadIssue } from '../../providers/issueReads';
import { createIssue as create } from '../../providers/issueWrites';

export const createIssue: NonNullable<MutationResolvers['createIssue']> = async (_parent, { input }, ctx) => {
  const subject = fromGlobalId(input.subjectId, 'subjectId');
  const fields = parseInput(issueInput, input);
  const { id } = await create(ctx, { ...fields, severity: fields.severity ?? 'MEDIUM', subject });
  return loadIssue(ctx.prisma, id);
};
