// Sheet imports: decode, read with exceljs, check, and apply all or nothing.
import { z } from 'zod';
import type { Resolvers } from '../../generated/resolvers';
import { badInput, fromZodError } from '../../errors';
import { clientMutationId } from '../changes/lib/writeInputs';
import { readSheet } from './lib/readSheet';
import { importSheet } from './providers/importSheet';

/** 1.5 MB of file is 2 MB of base64: a province's targets for a year fit easily. */
const MAX_BASE64 = 2_000_000;

const importInput = z.object({
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

export const importsResolvers: Resolvers = {
  Mutation: {
    async importSheet(_, { input }, ctx) {
      const parsed = importInput.safeParse(input);
      if (!parsed.success) throw fromZodError(parsed.error);
      const { kind, format, contentBase64, dryRun } = parsed.data;
      let sheet;
      try {
        sheet = await readSheet(format, Buffer.from(contentBase64, 'base64'));
      } catch {
        throw badInput('contentBase64', 'unreadable', { format });
      }
      return importSheet(ctx, kind, sheet, dryRun, parsed.data.clientMutationId);
    },
  },
};
