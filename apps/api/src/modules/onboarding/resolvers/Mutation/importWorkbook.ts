// importWorkbook: checks an onboarding workbook against the tenant (a dry run by default) or
// applies it all or nothing, and reports every row's outcome.
import type { MutationResolvers, OnboardingTemplate } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { importWorkbookInput } from '../../lib/onboardingInputs';
import { importWorkbookAs } from '../../providers/onboardingRequests';

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
    // The enum value is the template's name in capitals (organisasi → ORGANISASI).
    template: result.template.toUpperCase() as OnboardingTemplate,
  };
};
