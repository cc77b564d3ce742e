// One period's appraisal: realisations per RHK, the ratings and the stored predikat.
import type { SkpEvaluationResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';

export const SkpEvaluation: SkpEvaluationResolvers = {
  id: (e) => toGlobalId('SkpEvaluation', e.id),
  realisations: (e) => e.realisations.map((r) => ({ ...r, rhkId: toGlobalId('RencanaHasilKerja', r.rhkId) })),
  ratedAt: (e) => e.ratedAt?.toISOString() ?? null,
  ratedBy: (e) => e.ratedBy?.displayName ?? null,
};
