import type { MutationResolvers } from '../../../../generated/resolvers';
import { badInput, fromZodError } from '../../../../errors';
import { idOf } from '../../../changes/lib/writeInputs';
import { verifyMeasurementsInput } from '../../lib/measurementInputs';
import { verifyMeasurements as verifyAll } from '../../providers/measurementWorkflow';

export const verifyMeasurements: NonNullable<MutationResolvers['verifyMeasurements']> = async (
  _,
  { input },
  ctx,
) => {
  const parsed = verifyMeasurementsInput.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error);
  const seen = new Set<string>();
  const items = parsed.data.items.map((item, index) => {
    const field = `items.${index}.measurementId`;
    const measurementId = idOf('Measurement', item.measurementId, field);
    if (seen.has(measurementId)) throw badInput(field, 'unique');
    seen.add(measurementId);
    return { measurementId, expectedVersion: item.expectedVersion };
  });
  return verifyAll(ctx, items, parsed.data.clientMutationId);
};
