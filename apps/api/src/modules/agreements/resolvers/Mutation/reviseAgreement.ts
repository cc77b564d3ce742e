// reviseAgreement: PK Perubahan, a new version of a signed PK with its reason.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { reviseAgreementInput } from '../../lib/agreementInputs';
import { reviseAgreement as revise } from '../../providers/agreementWrites';

export const reviseAgreement: NonNullable<MutationResolvers['reviseAgreement']> = (
  _parent,
  { input },
  ctx,
) => {
  const agreementId = idOf('PerformanceAgreement', input.agreementId, 'agreementId');
  return revise(ctx, { ...parseInput(reviseAgreementInput, input), agreementId });
};
