// verifyMeasurement: the unit head accepts a submitted value; scores move with it.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseMeasurementStep } from '../../lib/parseMeasurementStep';
import { transitionMeasurement } from '../../providers/measurementTransitions';

export const verifyMeasurement: NonNullable<MutationResolvers['verifyMeasurement']> = (
  _parent,
  { input },
  ctx,
) => transitionMeasurement(ctx, 'verify', parseMeasurementStep(input));
