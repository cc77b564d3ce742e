// What the onboarding requests may carry: the template's name and the workbook as base64.
import { z } from 'zod';
import { clientMutationId } from '../../changes/lib/writeInputs';
import type { TemplateName } from './templates';

/** Under the server's default body limit (2500 kB) with room for the rest of the request. */
const MAX_BASE64 = 2_400_000;

export const templateName = z
  .enum(['ORGANISASI', 'PEGAWAI', 'RENCANA', 'ANGGARAN'])
  .transform((t) => t.toLowerCase() as TemplateName);

export const importWorkbookInput = z.object({
  template: templateName,
  contentBase64: z
    .string()
    .min(1)
    .max(MAX_BASE64)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/),
  dryRun: z
    .boolean()
    .nullish()
    .transform((v) => v ?? true),
  clientMutationId,
});
