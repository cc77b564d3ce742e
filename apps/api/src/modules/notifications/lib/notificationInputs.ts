// zod inputs of the notifications module.
import { z } from 'zod';

export const inboxArgs = z.object({ first: z.number().int().min(1).max(100).nullish() });

export const clientMutationId = z.string().min(1).max(100).nullish();

export const markReadInput = z.object({
  ids: z.array(z.string()).max(500).nullish(),
  clientMutationId,
});

export const NOTIFICATION_KIND_VALUES = [
  'WINDOW_OPENED',
  'DUE_SOON',
  'DUE_TODAY',
  'OVERDUE',
  'OVERDUE_ESCALATED',
  'SUBMITTED_WAITING',
  'VALUE_REJECTED',
  'DIRECTIVE_DUE',
  'DIRECTIVE_ASSIGNED',
  'FOLLOW_UP_DUE',
  'INDICATOR_RED',
] as const;

export const followIndicatorInput = z.object({
  indicatorId: z.string().min(1),
  follow: z.boolean(),
  clientMutationId,
});

export const preferenceInput = z.object({
  kind: z.enum(NOTIFICATION_KIND_VALUES),
  delivery: z.enum(['IN_APP', 'EMAIL', 'DIGEST']),
  clientMutationId,
});

export const mailLanguageInput = z.object({
  locale: z.enum(['id', 'en']),
  clientMutationId,
});

export const mailAddressInput = z.object({
  email: z
    .string()
    .trim()
    .max(254)
    .transform((v) => (v === '' ? null : v))
    .pipe(z.email().nullable())
    .nullish(),
  clientMutationId,
});
