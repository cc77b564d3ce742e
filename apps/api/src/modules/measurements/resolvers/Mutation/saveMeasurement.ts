// saveMeasurement: the operator's value for an indicator and month, as a draft.
import { parseInput } from '../../../../errors';
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { idOf } from '../../../../ids';
import { saveMeasurementInput } from '../../lib/measurementInputs';
import { saveMeasurement as save } from '../../providers/saveMeasurement';

export const saveMeasurement: NonNullable<MutationResolvers['saveMeasurement']> = async (
  _parent,
  { input },
  ctx,
) => {
  const indicatorId = idOf('Indicator', input.indicatorId, 'indicatorId');
  const parsed = parseInput(saveMeasurementInput, input);
  return save(ctx, { ...parsed, indicatorId });
};
