// submitMeasurement: the operator hands a saved value to the unit head.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseMeasurementStep } from '../../lib/parseMeasurementStep';
import { transitionMeasurement } from '../../providers/measurementTransitions';

export const submitMeasurement: NonNullable<MutationResolvers['submitMeasurement']> = (
  _parent,
  { input },
  ctx,
) => transitionMeasurement(ctx, 'submit', parseMeasurementStep(input));
