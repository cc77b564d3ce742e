// The onboarding requests of a signed-in administrator: the tenant is checked for `administer`
// (tenant and super administrators in its scope) before a template is written or a file read.
import type { GraphQLContext } from '../../../context';
import { writeActor } from '../../changes/providers/performWrite';
import { authorizedTenant } from '../../org/providers/authorizedTenant';
import type { ImportResult } from '../lib/importOutcome';
import { TEMPLATES, type TemplateName } from '../lib/templates';
import { writeTemplate } from '../lib/workbook';
import { importWorkbook } from './onboardingImports';

export async function templateFile(ctx: GraphQLContext, tenantId: string, template: TemplateName) {
  const tenant = await authorizedTenant(ctx, tenantId, 'administer', `Tenant:${tenantId}`);
  const def = TEMPLATES[template];
  return {
    fileName: `${template}-${tenant.code.toLowerCase()}.xlsx`,
    contentBase64: (await writeTemplate(def)).toString('base64'),
  };
}

export async function importWorkbookAs(
  ctx: GraphQLContext,
  tenantId: string,
  input: { template: TemplateName; contentBase64: string; dryRun: boolean; clientMutationId?: string | null },
): Promise<ImportResult> {
  const actor = writeActor(ctx.viewer);
  await authorizedTenant(ctx, tenantId, 'administer', `Tenant:${tenantId}`);
  return importWorkbook(
    { prisma: ctx.prisma, bus: ctx.bus, logger: ctx.logger, actor },
    input.template,
    tenantId,
    Buffer.from(input.contentBase64, 'base64'),
    !input.dryRun,
    input.clientMutationId ?? null,
  );
}
