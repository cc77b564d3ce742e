// skpDistribution: predikat counts per OPD inside a scope for one period.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { skpYear } from '../../lib/skpInputs';
import { distributionInScope } from '../../providers/skpReads';

export const skpDistribution: NonNullable<QueryResolvers['skpDistribution']> = async (_parent, args, ctx) =>
  distributionInScope(ctx, args.scopeId, parseInput(skpYear, args.year, 'year'), args.period);
