// draftAgreement: the official or an administrator drafts the year's PK (or saves its unsigned version again).
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { draftAgreementInput } from '../../lib/agreementInputs';
import { draftAgreement as draft } from '../../providers/agreementWrites';

export const draftAgreement: NonNullable<MutationResolvers['draftAgreement']> = (_parent, { input }, ctx) => {
  const officialId = idOf('Official', input.officialId, 'officialId');
  return draft(ctx, { ...parseInput(draftAgreementInput, input), officialId });
};
