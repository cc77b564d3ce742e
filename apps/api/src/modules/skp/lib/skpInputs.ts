// What SKP writes may carry, checked before any lookup: text limits, the three ratings, the seven
// BerAKHLAK aspects each once, evidence links.
import { z } from 'zod';
import { badInput } from '../../../errors';
import { clientMutationId } from '../../changes/lib/writeInputs';

export const SKP_TEXT_MAX = 1000;
export const SKP_FEEDBACK_MAX = 2000;
export const RATINGS = ['ABOVE', 'MEETS', 'BELOW'] as const;
export const BERAKHLAK_ASPECTS = [
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
] as const;
export const SKP_PERIODS = ['Q1', 'Q2', 'Q3', 'Q4', 'ANNUAL'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);
const rating = z.enum(RATINGS);

export const skpYear = z.number().int().min(2000).max(2100);

export const createPlanInput = z.object({ year: skpYear, clientMutationId });

export const rhkInput = z.object({
  text: text(SKP_TEXT_MAX),
  indicators: z
    .array(
      z.object({
        text: text(SKP_TEXT_MAX),
        target: text(100),
        unit: text(50),
      }),
    )
    .min(1)
    .max(10),
  clientMutationId,
});

/** Links an official may put in evidence: web addresses only (never `javascript:` and the like). */
const evidenceUrl = z
  .union([z.literal(''), z.url({ protocol: /^https?$/ }).max(SKP_TEXT_MAX)])
  .nullish()
  .transform((v) => v || null);

export const realisationInput = z.object({
  period: z.enum(SKP_PERIODS),
  realisation: text(SKP_TEXT_MAX),
  evidenceUrl,
  evidenceText: optionalText(SKP_TEXT_MAX),
  clientMutationId,
});

export const rateInput = z.object({
  period: z.enum(SKP_PERIODS),
  hasilKerja: rating,
  behaviours: z
    .array(
      z.object({
        aspect: z.enum(BERAKHLAK_ASPECTS),
        rating,
        feedback: optionalText(SKP_TEXT_MAX),
      }),
    )
    .length(BERAKHLAK_ASPECTS.length),
  perilakuKerja: rating,
  feedback: optionalText(SKP_FEEDBACK_MAX),
  clientMutationId,
});

export type RateInput = z.infer<typeof rateInput>;

/** Each BerAKHLAK aspect rated exactly once (the length is checked by the schema). */
export function requireEachAspectOnce(behaviours: readonly { aspect: string }[]): void {
  const seen = new Set<string>();
  behaviours.forEach((b, index) => {
    if (seen.has(b.aspect)) throw badInput(`behaviours.${index}.aspect`, 'duplicate', { value: b.aspect });
    seen.add(b.aspect);
  });
}
