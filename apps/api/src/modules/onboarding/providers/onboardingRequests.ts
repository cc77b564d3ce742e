// The onboarding requests of a signed-in administrator: the tenant is checked for `administer`
// (tenant and super administrators in its scope) before a template is written or a file read.
import type { GraphQLContext } from '../../../context';
import { writeActor } from '../../changes/providers/performWrite';
import { authorizedTenant } from '../../org/providers/authorizedTenant';
import type { ImportResult } from '../lib/importOutcome';
import { TEMPLATES, type TemplateName } from '../lib/templates';
import { markProblems, writeTemplate } from '../lib/workbook';
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
): Promise<ImportResult & { markedWorkbook: { fileName: string; contentBase64: string } | null }> {
  const actor = writeActor(ctx.viewer);
  const tenant = await authorizedTenant(ctx, tenantId, 'administer', `Tenant:${tenantId}`);
  const content = Buffer.from(input.contentBase64, 'base64');
  const result = await importWorkbook(
    { prisma: ctx.prisma, bus: ctx.bus, logger: ctx.logger, actor },
    input.template,
    tenantId,
    content,
    !input.dryRun,
    input.clientMutationId ?? null,
  );
  const problems = [...result.fileProblems, ...result.rows.flatMap((r) => r.problems)];
  const marked = problems.length > 0 ? await markProblems(content, problems) : null;
  return {
    ...result,
    markedWorkbook: marked && {
      fileName: `${input.template}-${tenant.code.toLowerCase()}-diperiksa.xlsx`,
      contentBase64: marked.toString('base64'),
    },
  };
}
