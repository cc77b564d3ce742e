// signAgreement: one of the two parties signs the current version of a PK.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { signAgreementInput } from '../../lib/agreementInputs';
import { signAgreement as sign } from '../../providers/agreementWrites';

export const signAgreement: NonNullable<MutationResolvers['signAgreement']> = (_parent, { input }, ctx) => {
  const versionId = idOf('AgreementVersion', input.versionId, 'versionId');
  return sign(ctx, { ...parseInput(signAgreementInput, input), versionId });
};
