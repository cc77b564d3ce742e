import type { MutationResolvers } from '../../../../generated/resolvers';
import { fromZodError } from '../../../../errors';
import { idOf } from '../../../changes/lib/writeInputs';
import { saveMeasurementInput } from '../../lib/measurementInputs';
import { saveMeasurement as save } from '../../providers/measurementWorkflow';

export const saveMeasurement: NonNullable<MutationResolvers['saveMeasurement']> = async (
  _,
  { input },
  ctx,
) => {
  const indicatorId = idOf('Indicator', input.indicatorId, 'indicatorId');
  const parsed = saveMeasurementInput.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error);
  return save(ctx, { ...parsed.data, indicatorId });
};
