// skpAppraisees: the viewer's direct subordinates and their plans of the year.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { skpYear } from '../../lib/skpInputs';
import { appraiseesOf } from '../../providers/skpReads';

export const skpAppraisees: NonNullable<QueryResolvers['skpAppraisees']> = async (_parent, args, ctx) =>
  appraiseesOf(ctx, parseInput(skpYear, args.year, 'year'));
