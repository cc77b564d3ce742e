// The onboarding imports by template name: what the CLI and the GraphQL mutation call.
import type { ImportResult } from '../lib/importOutcome';
import type { TemplateName } from '../lib/templates';
import { planBudget } from './budgetImport';
import { planOrganisation } from './organisationImport';
import { runImport, type ImportContext, type Planner } from './runImport';
import { planPlans } from './planImport';
import { planStaff } from './staffImport';

const PLANNERS: Record<TemplateName, Planner> = {
  organisasi: planOrganisation,
  pegawai: planStaff,
  rencana: planPlans,
  anggaran: planBudget,
};

/** Checks a workbook against the tenant (a dry run) or, with `apply`, writes it all or nothing. */
export function importWorkbook(
  ctx: ImportContext,
  template: TemplateName,
  tenantId: string,
  content: Buffer,
  apply: boolean,
  clientMutationId: string | null = null,
): Promise<ImportResult> {
  return runImport(ctx, template, PLANNERS[template], tenantId, content, apply, clientMutationId);
}
