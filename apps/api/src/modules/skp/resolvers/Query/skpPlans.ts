// skpPlans: a year's plans inside a scope, for heads and leaders (and the XLSX export).
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { skpYear } from '../../lib/skpInputs';
import { plansInScope } from '../../providers/skpReads';

export const skpPlans: NonNullable<QueryResolvers['skpPlans']> = async (_parent, args, ctx) =>
  plansInScope(ctx, args.scopeId, parseInput(skpYear, args.year, 'year'));
