// zod rules for the written analysis: required texts within limits, a follow-up date that is a
// real day and not before the period it answers for.
import { z } from 'zod';
import { badInput } from '../../../errors';
import { periodInput } from '../../../period';
import { clientMutationId } from '../../changes/lib/writeInputs';

/** Each text of the analysis: a paragraph or two, as LKjIP Bab III writes them. */
export const MAX_ANALYSIS_TEXT = 2000;

const text = z.string().trim().min(1).max(MAX_ANALYSIS_TEXT);

export const analysisFields = z.object({
  obstacles: text,
  supportingFactors: z
    .string()
    .trim()
    .max(MAX_ANALYSIS_TEXT)
    .nullish()
    .transform((s) => s || null),
  followUpPlan: text,
  followUpDue: z.iso.date(),
});

export type AnalysisFields = z.infer<typeof analysisFields>;

export const savePerformanceAnalysisInput = periodInput.extend({
  analysis: analysisFields,
  clientMutationId,
});

/** The follow-up can't be due before the period it answers for begins. */
export function checkFollowUpDue(fields: AnalysisFields, year: number, month: number, field: string): Date {
  const due = new Date(`${fields.followUpDue}T00:00:00Z`);
  const periodStart = new Date(Date.UTC(year, month - 1, 1));
  if (due < periodStart)
    throw badInput(field, 'beforePeriod', { periodStart: periodStart.toISOString().slice(0, 10) });
  return due;
}
