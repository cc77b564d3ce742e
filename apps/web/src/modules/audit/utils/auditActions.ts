// The changes the API writes to its change log, by entity type, in the order the filters list
// them: realisation workflow, budget progress, problems, directives, period locks, indicator
// administration, wall devices and SKP appraisals.
export const AUDIT_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  Measurement: ['CREATED', 'UPDATED', 'REVISED', 'SUBMITTED', 'VERIFIED', 'REJECTED'],
  SubActivity: ['REPORTED', 'CORRECTED', 'BUDGET_REVISED'],
  Issue: ['CREATED', 'STATUS_CHANGED', 'FOLLOW_UP_ADDED'],
  Directive: ['CREATED', 'STATUS_CHANGED'],
  PeriodLock: ['LOCKED', 'UNLOCKED'],
  Indicator: ['CREATED', 'TARGETS_SET'],
  WallDevice: ['CREATED', 'PLAYLIST_CHANGED', 'TOKEN_REISSUED', 'REVOKED'],
  SkpPlan: ['CREATED'],
  RencanaHasilKerja: ['CREATED'],
  SkpEvaluation: ['REALISATION_SAVED', 'RATED'],
};
