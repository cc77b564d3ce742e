// A value's workflow state as the inbox shows it: its global id.
import type { MeasurementStateResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';

export const MeasurementState: Pick<
  MeasurementStateResolvers,
  'id' | 'note' | 'rejectionReason' | 'status' | 'value' | 'version'
> = {
  id: (m) => toGlobalId('Measurement', m.id),
};
