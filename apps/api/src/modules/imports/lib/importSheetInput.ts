// What an import request may carry: the kind, the format and the file as base64.
import { z } from 'zod';
import { clientMutationId } from '../../changes/lib/writeInputs';

/** 1.5 MB of file is 2 MB of base64: a province's targets for a year fit easily. */
const MAX_BASE64 = 2_000_000;

export const importSheetInput = z.object({
  kind: z.enum(['REALISATIONS', 'TARGETS']),
  format: z.enum(['XLSX', 'CSV']),
  contentBase64: z
    .string()
    .min(1)
    .max(MAX_BASE64)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/),
  dryRun: z.boolean(),
  clientMutationId,
});
