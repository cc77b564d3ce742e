// The S-curve's points for the year: past and planned months from one aliased query (cached
// for the scope and year, so the panel coming round again costs nothing), and the current month
// from the live scoreboard so the curve's end moves with the deltas.
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { WallBudgetSeriesDocument } from '../graphql/budgetSeriesQuery.generated';
import type { SCurvePoint } from '../types/SCurvePoint';
import type { WallScoreboard } from '../types/WallScoreboard';
import { shareOf } from '../utils/shareOf';

type MonthBudget = {
  pagu: string;
  plannedSpend: string;
  realisedSpend: string;
  plannedPhysical: number;
  realisedPhysical: number;
} | null;

function point(month: number, budget: MonthBudget, realised: boolean): SCurvePoint {
  return {
    month,
    plannedSpend: budget ? shareOf(budget.plannedSpend, budget.pagu) : null,
    realisedSpend: budget && realised ? shareOf(budget.realisedSpend, budget.pagu) : null,
    plannedPhysical: budget ? budget.plannedPhysical : null,
    realisedPhysical: budget && realised ? budget.realisedPhysical : null,
  };
}

export function useBudgetSeries(scopeId: string, board: WallScoreboard): SCurvePoint[] | null {
  const { data } = useQuery(WallBudgetSeriesDocument, {
    variables: { scopeId, year: board.year },
    fetchPolicy: 'cache-first',
  });
  const live = board.budget;
  return useMemo(() => {
    if (!data) return null;
    const months = [
      data.m1,
      data.m2,
      data.m3,
      data.m4,
      data.m5,
      data.m6,
      data.m7,
      data.m8,
      data.m9,
      data.m10,
      data.m11,
      data.m12,
    ];
    return months.map((m, i) => {
      const month = i + 1;
      // Realisation exists only up to the current month; later months show the plan alone.
      if (month === board.month) return point(month, live, true);
      return point(month, m.budget, month < board.month);
    });
  }, [data, live, board.month]);
}
