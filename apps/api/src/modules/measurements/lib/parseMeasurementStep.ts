// A workflow step as submitting, verifying and rejecting take it: the value's id, the version the
// client saw, the reason (rejections need one) and the retry key.
import { parseInput } from '../../../errors';
import { idOf } from '../../../ids';
import { measurementStepInput, rejectMeasurementInput } from './measurementInputs';

export function parseMeasurementStep(input: { measurementId: string }, { withReason = false } = {}) {
  const measurementId = idOf('Measurement', input.measurementId, 'measurementId');
  const fields = parseInput(withReason ? rejectMeasurementInput : measurementStepInput, input);
  return { ...fields, measurementId };
}
