// rejectMeasurement: the unit head sends a submitted value back with a reason.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseMeasurementStep } from '../../lib/parseMeasurementStep';
import { transitionMeasurement } from '../../providers/measurementTransitions';

export const rejectMeasurement: NonNullable<MutationResolvers['rejectMeasurement']> = (
  _parent,
  { input },
  ctx,
) => transitionMeasurement(ctx, 'reject', parseMeasurementStep(input, { withReason: true }));
