// The inputs of the agreement mutations: A3 text of at most 2000 characters a field, a year
// the RPJMD covers, the reason of a PK Perubahan.
import { z } from 'zod';
import { clientMutationId, reason } from '../../changes/lib/writeInputs';

export const A3_MAX_LENGTH = 2000;

const a3Field = z.string().trim().min(1).max(A3_MAX_LENGTH);

export const agreementText = z.object({ attitude: a3Field, attention: a3Field, action: a3Field });

export const draftAgreementInput = agreementText.extend({
  year: z.number().int().min(2000).max(2100),
  clientMutationId,
});

export const reviseAgreementInput = agreementText.extend({ reason, clientMutationId });

export const signAgreementInput = z.object({
  /** The hash the signer saw: a draft changed meanwhile is not signed unseen. */
  contentHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullish(),
  clientMutationId,
});
