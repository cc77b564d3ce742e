// zod rules for the measurement workflow's inputs.
import { z } from 'zod';
import { periodInput } from '../../../period';
import { analysisFields } from '../../analysis/lib/analysisInputs';
import { clientMutationId, expectedVersion, note, reason } from '../../changes/lib/writeInputs';

/** Far beyond any realistic indicator value; also keeps sums of a year exact in float64. */
export const MAX_ABS_VALUE = 1e12;

export const saveMeasurementInput = periodInput.extend({
  value: z.number().finite().min(-MAX_ABS_VALUE).max(MAX_ABS_VALUE),
  note,
  evidence: z
    .array(
      z.object({
        url: z.url({ protocol: /^https?$/ }).max(2000),
        title: z.string().trim().min(1).max(200),
      }),
    )
    .max(20)
    .nullish(),
  reason: reason.nullish(),
  analysis: analysisFields.nullish(),
  expectedVersion: expectedVersion.nullish(),
  clientMutationId,
});

export const measurementStepInput = z.object({ expectedVersion, clientMutationId });

export const rejectMeasurementInput = measurementStepInput.extend({ reason });

/** The most values one bulk verification takes (one transaction; a supervisor's screenful). */
export const MAX_BULK_ITEMS = 200;

export const verifyMeasurementsInput = z.object({
  items: z
    .array(z.object({ measurementId: z.string(), expectedVersion }))
    .min(1)
    .max(MAX_BULK_ITEMS),
  clientMutationId,
});
