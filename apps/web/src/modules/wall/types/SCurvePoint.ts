// One month of the budget S-curve, cumulative, in % of the ceiling (pagu); null where unknown.
export interface SCurvePoint {
  month: number;
  plannedSpend: number | null;
  realisedSpend: number | null;
  plannedPhysical: number | null;
  realisedPhysical: number | null;
}
