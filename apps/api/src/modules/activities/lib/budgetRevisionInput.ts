// zod rules for recording a sub-activity's APBD-P revision (pagu perubahan and its date).
import { z } from 'zod';
import { clientMutationId } from '../../changes/lib/writeInputs';

/** A calendar day `YYYY-MM-DD` that exists (no 31 April). */
export const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (text) => {
      // Zod runs this after a failed regex too: a text that is no date at all is refused here as well.
      const day = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
    },
    { message: 'validDate' },
  );

export const budgetRevisionInput = z.object({
  // The Rupiah scalar already refuses signs, fractions and more than 18 digits.
  paguPerubahan: z.bigint().min(0n),
  effectiveOn: calendarDay,
  clientMutationId,
});
