// A blank appraisal, or the period's stored one to correct.
import type { BerakhlakAspect } from '../../../gql/graphql';
import type { SkpPlanFieldsFragment } from '../graphql/skpPlanFieldsFragment.generated';
import type { RatingDraft } from '../types/RatingDraft';

export const BERAKHLAK_ASPECTS: readonly BerakhlakAspect[] = [
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
];

export function ratingDraftOf(evaluation: SkpPlanFieldsFragment['evaluations'][number] | null): RatingDraft {
  const stored = new Map(evaluation?.behaviours.map((b) => [b.aspect, b]) ?? []);
  return {
    hasilKerja: evaluation?.hasilKerja ?? '',
    behaviours: BERAKHLAK_ASPECTS.map((aspect) => ({
      aspect,
      rating: stored.get(aspect)?.rating ?? '',
      feedback: stored.get(aspect)?.feedback ?? '',
    })),
    perilakuKerja: evaluation?.perilakuKerja ?? '',
    feedback: evaluation?.feedback ?? '',
  };
}
