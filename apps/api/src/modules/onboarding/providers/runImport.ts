// Runs one onboarding import: reads the workbook, plans every row against what the tenant holds
// (a few set-based queries, never one per row) and, when asked to apply, plans inside one
// transaction and writes it all with one change-log record and one live event, or nothing at all
// when anything is refused.
import type { Prisma } from '@ekinerja/db';
import { appendChange, changeOf, noticeOf } from '../../changes/providers/changeLog';
import { performWrite, type WriteActor, type WriteContext } from '../../changes/providers/performWrite';
import type { SubjectScope } from '../../org/providers/subjectScope';
import { scopeOrBadInput } from '../../orgAdmin/providers/orgTree';
import { countsOf, type ImportResult, type RowResult } from '../lib/importOutcome';
import { TEMPLATES, type TemplateName } from '../lib/templates';
import { readWorkbook, type TemplateDef, type WorkbookProblem, type WorkbookRow } from '../lib/workbook';

export type ImportDb = WriteContext['prisma'] | Prisma.TransactionClient;

export interface ImportContext extends Pick<WriteContext, 'prisma' | 'bus' | 'logger'> {
  /** Who imports: a signed-in administrator, or null for the installation's operator at the command line. */
  actor: WriteActor | null;
}

export interface ImportPlan {
  rows: RowResult[];
  notInFile: string[];
  /** Writes what the rows change; called only when nothing is refused. */
  write(tx: Prisma.TransactionClient): Promise<void>;
}

export type Planner = (
  db: ImportDb,
  tenant: SubjectScope,
  rows: WorkbookRow[],
  problems: WorkbookProblem[],
) => Promise<ImportPlan>;

/** Publishes the import's event under this name when no signed-in user made it. */
const COMMAND_LINE: WriteActor = { userId: '', displayName: 'Impor lewat baris perintah' };

/** A workbook of 10,000 rows is read, planned, written and scored in one transaction. */
const IMPORT_TIMEOUT_MS = 180_000;

/** A row is refused: the transaction is rolled back and nothing was written. */
class RefusedOnApply extends Error {
  constructor(readonly plan: ImportPlan) {
    super('import refused while applying');
  }
}

/** The problems of each row, by its row number. */
export function problemsByRow(problems: readonly WorkbookProblem[]): Map<number, WorkbookProblem[]> {
  const byRow = new Map<number, WorkbookProblem[]>();
  for (const p of problems) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
  return byRow;
}

export async function runImport(
  ctx: ImportContext,
  template: TemplateName,
  planner: Planner,
  tenantId: string,
  content: Buffer,
  apply: boolean,
  /** A retried apply with the same id is answered from the first one, not applied again. */
  clientMutationId: string | null = null,
): Promise<ImportResult> {
  const tenant = await scopeOrBadInput(ctx.prisma, { type: 'Tenant', id: tenantId }, 'tenantId');
  const read = await readWorkbook(TEMPLATES[template] as TemplateDef, content);
  const fileProblems = read.problems.filter((p) => p.row <= 1);
  const rows = read.rows as WorkbookRow[];
  const result = (
    plan: Pick<ImportPlan, 'rows' | 'notInFile'>,
    applied = false,
    seq: string | null = null,
  ): ImportResult => ({
    template,
    fileProblems,
    rows: plan.rows,
    notInFile: plan.notInFile,
    counts: countsOf(plan.rows),
    applied,
    seq,
  });
  if (fileProblems.length > 0) return result({ rows: [], notInFile: [] });
  if (!apply) return result(await planner(ctx.prisma, tenant, rows, read.problems));
  // Applying plans inside the transaction, so what is written is what the database holds then.
  const actor = ctx.actor;
  try {
    const written = await performWrite(
      ctx,
      actor ?? COMMAND_LINE,
      {
        operation: `import:${template}`,
        clientMutationId: actor ? clientMutationId : null,
        input: { tenantId, rows },
        timeoutMs: IMPORT_TIMEOUT_MS,
      },
      async (tx) => {
        // One import per tenant at a time: a second one waits, then plans on what the first wrote.
        await tx.$executeRaw`SELECT id FROM "Tenant" WHERE id = ${tenantId}::uuid FOR UPDATE`;
        const plan = await planner(tx, tenant, rows, read.problems);
        const planned = countsOf(plan.rows);
        if (planned.refused > 0) throw new RefusedOnApply(plan);
        // The tenant already holds what the file says: nothing to write or log.
        if (planned.created + planned.updated === 0)
          return { result: { rows: plan.rows, notInFile: plan.notInFile, seq: null } };
        await plan.write(tx);
        const keysOf = (outcome: RowResult['outcome']) =>
          plan.rows.filter((r) => r.outcome === outcome).map((r) => r.key);
        const record = changeOf(tenant, 'Tenant', tenantId, {
          action: 'IMPORTED',
          before: null,
          after: { template, ...planned },
          payload: { created: keysOf('CREATED'), updated: keysOf('UPDATED') },
        });
        const seq = await appendChange(tx, { ...record, actorId: actor?.userId ?? null });
        return {
          result: { rows: plan.rows, notInFile: plan.notInFile, seq: seq.toString() as string | null },
          notices: [noticeOf(record, seq)],
        };
      },
    );
    return result(written, true, written.seq);
  } catch (error) {
    if (error instanceof RefusedOnApply) return result(error.plan);
    throw error;
  }
}
