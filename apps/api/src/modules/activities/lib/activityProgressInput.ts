// zod rules for a month's budget and physical realisation.
import { z } from 'zod';
import { clientMutationId, expectedVersion, note, reason } from '../../changes/lib/writeInputs';

export const activityProgressInput = z.object({
  month: z.number().int().min(1).max(12),
  // The Rupiah scalar already refuses signs, fractions and more than 18 digits.
  realisedSpend: z.bigint().min(0n),
  realisedPhysical: z.number().finite().min(0).max(100),
  note,
  correctionReason: reason.nullish(),
  expectedVersion,
  clientMutationId,
});
