// onboardingTemplate: an empty onboarding workbook (Organisasi, Pegawai, Rencana or Anggaran) with its Petunjuk sheet.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { templateName } from '../../lib/onboardingInputs';
import { templateFile } from '../../providers/onboardingRequests';

export const onboardingTemplate: NonNullable<QueryResolvers['onboardingTemplate']> = async (
  _parent,
  { tenantId, template },
  ctx,
) => templateFile(ctx, idOf('Tenant', tenantId, 'tenantId'), parseInput(templateName, template));
