// Checks an imported sheet against the database (the indicator exists and is the viewer's to
// report or administer, the year is the scorecard's, the value is not verified yet, the targets
// fit the polarity) and, unless it is a dry run or anything is wrong, writes every row in one
// transaction through the same steps as the forms.
import { GraphQLError } from 'graphql';
import type { WriteContext } from '../../changes/providers/performWrite';
import { performWrite, writeActor } from '../../changes/providers/performWrite';
import {
  applyTargets,
  authoriseTargets,
  type ObjectiveScope,
} from '../../indicators/providers/indicatorAdmin';
import { targetProblem, type Polarity, type TargetRow } from '../../indicators/lib/indicatorInputs';
import { requireAnalysisIfShort } from '../../analysis/providers/analysisStore';
import { saveAndSubmitMany } from '../../measurements/providers/saveMeasurement';
import { fromGlobalId } from '../../../ids';
import {
  COLUMNS,
  realisationRows,
  targetRowsOf,
  type ImportProblem,
  type RealisationRow,
  type TargetRowOfSheet,
} from '../lib/importRows';
import type { SheetRow } from '../lib/readSheet';

export interface ImportReport {
  kind: 'REALISATIONS' | 'TARGETS';
  rowCount: number;
  problems: ImportProblem[];
  applied: boolean;
  seq: string | null;
}

const uuidOf = (globalId: string) => fromGlobalId(globalId).id;

/** A write refused while applying (a race since the check): reported on its row. */
function problemOfWriteError(error: unknown, rows: readonly { row: number }[]): ImportProblem | null {
  if (!(error instanceof GraphQLError)) return null;
  const field = String(error.extensions.field ?? '');
  const match = /^rows\.(\d+)/.exec(field);
  const row = match ? Number(match[1]) : (rows[0]?.row ?? 1);
  // A row short of target without its analysis (or with a follow-up date before its period).
  const analysisColumn = /\.analysis(\.followUpDue)?$/.exec(field);
  return {
    row,
    column: analysisColumn ? (analysisColumn[1] ? COLUMNS.followUpDue : COLUMNS.obstacles) : null,
    rule: String(error.extensions.rule ?? error.extensions.code ?? 'refused'),
    value: null,
  };
}

/**
 * The rows' problems, and the rows that change nothing: a template downloaded from the inbox
 * carries the values already entered (drafts, submitted, verified); importing it back writes only
 * the values the operator changed or added.
 */
async function checkRealisations(
  ctx: WriteContext,
  rows: readonly RealisationRow[],
): Promise<{ problems: ImportProblem[]; unchanged: Set<number> }> {
  const actor = writeActor(ctx.viewer);
  const problems: ImportProblem[] = [];
  const ids = [...new Set(rows.map((r) => uuidOf(r.indicatorId)))];
  const indicators = await ctx.prisma.indicator.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      objective: { select: { scorecard: { select: { year: true } } } },
      operators: { where: { userId: actor.userId }, select: { userId: true } },
      measurements: { select: { year: true, month: true, status: true, value: true, note: true } },
      tenantId: true,
    },
  });
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const locks = await ctx.prisma.periodLock.findMany({
    where: { tenantId: { in: [...new Set(indicators.map((i) => i.tenantId))] } },
    select: { tenantId: true, year: true, month: true },
  });
  const locked = new Set(locks.map((l) => `${l.tenantId}/${l.year}/${l.month}`));
  const unchanged = new Set<number>();
  for (const r of rows) {
    const indicator = byId.get(uuidOf(r.indicatorId));
    const at = (column: string | null, rule: string, value: string | null = null) =>
      problems.push({ row: r.row, column, rule, value });
    // Authorisation comes before anything is compared with stored data: a row the viewer does not
    // report gets the same answer whatever is stored, so dry runs cannot probe another unit's values.
    if (!indicator) {
      at(COLUMNS.id, 'notFound', r.indicatorId);
      continue;
    }
    if (indicator.operators.length === 0) {
      at(COLUMNS.id, 'notAssigned', r.indicatorId);
      continue;
    }
    const current = indicator.measurements.find((m) => m.year === r.year && m.month === r.month);
    // Unchanged from what is stored (in any status): nothing to write, so nothing is submitted.
    if (current && current.value === r.value && (current.note ?? null) === r.note) {
      unchanged.add(r.row);
      continue;
    }
    if (indicator.objective.scorecard.year !== r.year)
      at(COLUMNS.year, 'outsideScorecardYear', String(r.year));
    else if (locked.has(`${indicator.tenantId}/${r.year}/${r.month}`))
      at(COLUMNS.month, 'locked', String(r.month));
    else if (current?.status === 'VERIFIED') at(COLUMNS.value, 'alreadyVerified', String(r.value));
    // A value short of target is submitted only with its analysis: the dry run says so too.
    else if (!r.analysis) {
      try {
        await requireAnalysisIfShort(ctx.prisma, indicator, r);
      } catch (error) {
        const problem = problemOfWriteError(error, [r]);
        if (!problem) throw error;
        problems.push({ ...problem, column: COLUMNS.obstacles });
      }
    }
  }
  return { problems, unchanged };
}

async function importRealisations(
  ctx: WriteContext,
  sheet: { headers: string[]; rows: SheetRow[] },
  dryRun: boolean,
  clientMutationId: string | null | undefined,
): Promise<ImportReport> {
  const parsed = realisationRows(sheet.headers, sheet.rows);
  const { problems } = parsed;
  const checked = await checkRealisations(ctx, parsed.rows);
  problems.push(...checked.problems);
  const rows = parsed.rows.filter((r) => !checked.unchanged.has(r.row));
  const report: ImportReport = {
    kind: 'REALISATIONS',
    rowCount: rows.length,
    problems,
    applied: false,
    seq: null,
  };
  if (dryRun || problems.length > 0 || rows.length === 0) return sorted(report);
  // Each row overwrites what is there now (draft, submitted or rejected) as the operator's new value.
  const current = await ctx.prisma.measurement.findMany({
    where: { OR: rows.map((r) => ({ indicatorId: uuidOf(r.indicatorId), year: r.year, month: r.month })) },
    select: { indicatorId: true, year: true, month: true, version: true },
  });
  const versionOf = new Map(current.map((m) => [`${m.indicatorId}/${m.year}/${m.month}`, m.version]));
  try {
    const results = await saveAndSubmitMany(
      ctx,
      rows.map((r) => ({
        row: r.row,
        input: {
          indicatorId: uuidOf(r.indicatorId),
          year: r.year,
          month: r.month,
          value: r.value,
          note: r.note,
          analysis: r.analysis,
          expectedVersion: versionOf.get(`${uuidOf(r.indicatorId)}/${r.year}/${r.month}`) ?? 0,
        },
      })),
      clientMutationId,
    );
    return { ...report, applied: true, seq: results.at(-1)?.seq ?? null };
  } catch (error) {
    const problem = problemOfWriteError(error, rows);
    if (!problem) throw error;
    return sorted({ ...report, problems: [problem] });
  }
}

async function importTargets(
  ctx: WriteContext,
  sheet: { headers: string[]; rows: SheetRow[] },
  dryRun: boolean,
  clientMutationId: string | null | undefined,
): Promise<ImportReport> {
  const actor = writeActor(ctx.viewer);
  const { rows, problems } = targetRowsOf(sheet.headers, sheet.rows);
  const byIndicator = new Map<string, TargetRowOfSheet[]>();
  for (const r of rows) byIndicator.set(r.indicatorId, [...(byIndicator.get(r.indicatorId) ?? []), r]);
  const plans: {
    indicatorId: string;
    scope: ObjectiveScope;
    targets: TargetRow[];
    rows: TargetRowOfSheet[];
  }[] = [];
  for (const [globalId, group] of byIndicator) {
    const indicator = await ctx.prisma.indicator.findUnique({
      where: { id: uuidOf(globalId) },
      select: { id: true, objectiveId: true, polarity: true },
    });
    const first = group[0]!;
    if (!indicator) {
      for (const r of group)
        problems.push({ row: r.row, column: COLUMNS.id, rule: 'notFound', value: globalId });
      continue;
    }
    let scope: ObjectiveScope;
    try {
      scope = await authoriseTargets(ctx, indicator);
    } catch {
      for (const r of group)
        problems.push({ row: r.row, column: COLUMNS.id, rule: 'forbidden', value: globalId });
      continue;
    }
    const wrongYear = group.filter((r) => r.year !== scope.year);
    for (const r of wrongYear)
      problems.push({
        row: r.row,
        column: COLUMNS.year,
        rule: 'outsideScorecardYear',
        value: String(r.year),
      });
    if (wrongYear.length > 0) continue;
    // The sheet's months replace those months' targets; other months keep theirs.
    const existing = await ctx.prisma.target.findMany({
      where: { indicatorId: indicator.id, year: scope.year },
      select: { month: true, value: true, low: true, high: true },
    });
    const sheetMonths = new Set(group.map((r) => r.month));
    const targets: TargetRow[] = [
      ...existing.filter((t) => !sheetMonths.has(t.month)),
      ...group.map((r) => ({ month: r.month, value: r.value, low: r.low, high: r.high })),
    ];
    const problem = targetProblem(indicator.polarity as Polarity, targets);
    if (problem) {
      const [, index, column] = /^targets\.(\d+)\.(\w+)$/.exec(problem.field) ?? [];
      const target = targets[Number(index)];
      const row = group.find((r) => r.month === target?.month) ?? first;
      const header =
        column === 'value'
          ? COLUMNS.target
          : column === 'low'
            ? COLUMNS.low
            : column === 'high'
              ? COLUMNS.high
              : COLUMNS.month;
      problems.push({ row: row.row, column: header, rule: problem.rule, value: null });
      continue;
    }
    plans.push({ indicatorId: indicator.id, scope, targets, rows: group });
  }
  const report: ImportReport = {
    kind: 'TARGETS',
    rowCount: rows.length,
    problems,
    applied: false,
    seq: null,
  };
  if (dryRun || problems.length > 0 || plans.length === 0) return sorted(report);
  try {
    const results = await performWrite(
      ctx,
      actor,
      { operation: 'importTargets', clientMutationId, input: plans.map((p) => [p.indicatorId, p.targets]) },
      async (tx) => {
        const written = [];
        for (const plan of plans)
          written.push(await applyTargets(tx, actor.userId, plan.indicatorId, plan.scope, plan.targets));
        return { result: written.map((w) => w.result), notices: written.flatMap((w) => w.notices) };
      },
    );
    return { ...report, applied: true, seq: results.at(-1)?.seq ?? null };
  } catch (error) {
    const problem = problemOfWriteError(error, rows);
    if (!problem) throw error;
    return sorted({ ...report, problems: [problem] });
  }
}

function sorted(report: ImportReport): ImportReport {
  return { ...report, problems: [...report.problems].sort((a, b) => a.row - b.row) };
}

export function importSheet(
  ctx: WriteContext,
  kind: 'REALISATIONS' | 'TARGETS',
  sheet: { headers: string[]; rows: SheetRow[] },
  dryRun: boolean,
  clientMutationId: string | null | undefined,
): Promise<ImportReport> {
  return kind === 'REALISATIONS'
    ? importRealisations(ctx, sheet, dryRun, clientMutationId)
    : importTargets(ctx, sheet, dryRun, clientMutationId);
}
