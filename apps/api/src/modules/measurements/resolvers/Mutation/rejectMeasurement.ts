import type { MutationResolvers } from '../../../../generated/resolvers';
import { fromZodError } from '../../../../errors';
import { idOf } from '../../../changes/lib/writeInputs';
import { rejectMeasurementInput } from '../../lib/measurementInputs';
import { transitionMeasurement } from '../../providers/measurementWorkflow';

export const rejectMeasurement: NonNullable<MutationResolvers['rejectMeasurement']> = async (
  _,
  { input },
  ctx,
) => {
  const measurementId = idOf('Measurement', input.measurementId, 'measurementId');
  const parsed = rejectMeasurementInput.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error);
  return transitionMeasurement(ctx, 'reject', { ...parsed.data, measurementId });
};
