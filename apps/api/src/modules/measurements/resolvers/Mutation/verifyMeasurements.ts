// verifyMeasurements: up to 200 submitted values verified in one transaction, all or none.
import { badInput, parseInput } from '../../../../errors';
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { idOf } from '../../../../ids';
import { verifyMeasurementsInput } from '../../lib/measurementInputs';
import { verifyMeasurements as verifyAll } from '../../providers/measurementTransitions';

export const verifyMeasurements: NonNullable<MutationResolvers['verifyMeasurements']> = async (
  _parent,
  { input },
  ctx,
) => {
  const parsed = parseInput(verifyMeasurementsInput, input);
  const seen = new Set<string>();
  const items = parsed.items.map((item, index) => {
    const field = `items.${index}.measurementId`;
    const measurementId = idOf('Measurement', item.measurementId, field);
    if (seen.has(measurementId)) throw badInput(field, 'unique');
    seen.add(measurementId);
    return { measurementId, expectedVersion: item.expectedVersion };
  });
  return verifyAll(ctx, items, parsed.clientMutationId);
};
