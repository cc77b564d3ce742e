import type { MutationResolvers } from '../../../../generated/resolvers';
import { fromZodError } from '../../../../errors';
import { idOf } from '../../../changes/lib/writeInputs';
import { measurementStepInput } from '../../lib/measurementInputs';
import { transitionMeasurement } from '../../providers/measurementWorkflow';

export const submitMeasurement: NonNullable<MutationResolvers['submitMeasurement']> = async (
  _,
  { input },
  ctx,
) => {
  const measurementId = idOf('Measurement', input.measurementId, 'measurementId');
  const parsed = measurementStepInput.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error);
  return transitionMeasurement(ctx, 'submit', { ...parsed.data, measurementId });
};
