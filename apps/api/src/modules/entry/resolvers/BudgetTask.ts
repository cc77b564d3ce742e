// A sub-kegiatan month due from the operator: global id, owner unit, money as Rupiah text, and
// the month's evidence.
import type { BudgetTaskResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';
import { drilldownLoaders } from '../../drilldown/providers/drilldownLoaders';
import { scopeNode } from '../../org/providers/orgLoaders';

export const BudgetTask: BudgetTaskResolvers = {
  subActivityId: (t) => toGlobalId('SubActivity', t.subActivityId),
  owner: (t, _args, ctx) => scopeNode(ctx, { type: 'OrgUnit', id: t.orgUnitId }),
  pagu: (t) => t.pagu.toString(),
  plannedSpend: (t) => t.plannedSpend.toString(),
  realisedSpend: (t) => t.realisedSpend?.toString() ?? null,
  evidence: (t, _args, ctx) =>
    t.budgetMonthId ? drilldownLoaders(ctx).evidenceByBudgetMonth.load(t.budgetMonthId) : [],
};
