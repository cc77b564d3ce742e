// importWorkbook: checks an onboarding workbook against the tenant (a dry run by default) or
// applies it all or nothing, and reports every row's outcome.
import type { MutationResolvers, OnboardingTemplate } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { importWorkbookInput } from '../../lib/onboardingInputs';
import { importWorkbookAs } from '../../providers/onboardingRequests';
import type { TemplateName } from '../../lib/templates';

const TEMPLATE_ENUM: Record<TemplateName, OnboardingTemplate> = {
  organisasi: 'ORGANISASI',
  pegawai: 'PEGAWAI',
  rencana: 'RENCANA',
};

export const importWorkbook: NonNullable<MutationResolvers['importWorkbook']> = async (
  _parent,
  { input },
  ctx,
) => {
  const tenantId = idOf('Tenant', input.tenantId, 'tenantId');
  const result = await importWorkbookAs(ctx, tenantId, parseInput(importWorkbookInput, input));
  return {
    ...result,
    ...result.counts,
    template: TEMPLATE_ENUM[result.template],
  };
};
