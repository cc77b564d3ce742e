// savePerformanceAnalysis: an operator writes a period's analysis without touching its value.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { savePerformanceAnalysisInput } from '../../lib/analysisInputs';
import { savePerformanceAnalysis as save } from '../../providers/savePerformanceAnalysis';

export const savePerformanceAnalysis: NonNullable<MutationResolvers['savePerformanceAnalysis']> = (
  _parent,
  { input },
  ctx,
) =>
  save(ctx, {
    ...parseInput(savePerformanceAnalysisInput, input),
    indicatorId: idOf('Indicator', input.indicatorId, 'indicatorId'),
  });
