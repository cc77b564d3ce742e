// Internal models behind the SKP module's GraphQL types (used by codegen).
import type {
  SkpAppraiseeRow,
  SkpDistributionRowModel,
  SkpEvaluationRow,
  SkpPlanRow,
  SkpRhkRow,
} from './providers/skpPlanRows';

export type SkpPlanMapper = SkpPlanRow;
export type RencanaHasilKerjaMapper = SkpRhkRow;
export type SkpEvaluationMapper = SkpEvaluationRow;
export type SkpAppraiseeMapper = SkpAppraiseeRow;
export type SkpDistributionRowMapper = SkpDistributionRowModel;
