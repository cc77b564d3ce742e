// A sub-kegiatan's month: planned and realised spend as Rupiah text, and its evidence.
import type { BudgetMonthResolvers } from '../../../generated/resolverTypes';
import { drilldownLoaders } from '../../drilldown/providers/drilldownLoaders';

export const BudgetMonth: BudgetMonthResolvers = {
  plannedSpend: (m) => m.plannedSpend.toString(),
  realisedSpend: (m) => m.realisedSpend?.toString() ?? null,
  evidence: (m, _, ctx) => drilldownLoaders(ctx).evidenceByBudgetMonth.load(m.id),
};
