// skpPlan: an official's SKP of a year (null when none is open yet).
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { skpYear } from '../../lib/skpInputs';
import { skpPlanFor } from '../../providers/skpReads';

export const skpPlan: NonNullable<QueryResolvers['skpPlan']> = async (_parent, args, ctx) => {
  const officialId = idOf('Official', args.officialId, 'officialId');
  const year = parseInput(skpYear, args.year, 'year');
  return skpPlanFor(ctx, officialId, year);
};
