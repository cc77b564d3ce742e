import { describe, expect, it } from 'vitest';
import { ratingDraftOf } from '../emptyRatingDraft';
import { validateRating } from '../validateRating';

describe('validateRating', () => {
  it('asks for every rating of a blank appraisal', () => {
    const fields = validateRating(ratingDraftOf(null)).map((e) => e.field);
    expect(fields).toEqual([
      'hasilKerja',
      ...Array.from({ length: 7 }, (_, i) => `behaviours.${i}.rating`),
      'perilakuKerja',
    ]);
  });

  it('passes a complete appraisal and refuses overlong feedback', () => {
    const draft = ratingDraftOf(null);
    draft.hasilKerja = 'ABOVE';
    draft.perilakuKerja = 'MEETS';
    draft.behaviours = draft.behaviours.map((b) => ({ ...b, rating: 'MEETS' }));
    expect(validateRating(draft)).toEqual([]);
    draft.feedback = 'x'.repeat(2001);
    draft.behaviours[2]!.feedback = 'y'.repeat(1001);
    expect(validateRating(draft).map((e) => e.field)).toEqual(['behaviours.2.feedback', 'feedback']);
  });

  it('starts from the stored ratings when correcting a period', () => {
    const draft = ratingDraftOf({
      id: 'e',
      period: 'Q1',
      hasilKerja: 'BELOW',
      perilakuKerja: 'ABOVE',
      predicate: 'KURANG',
      feedback: 'Perlu pendampingan',
      ratedBy: null,
      ratedAt: null,
      realisations: [],
      behaviours: [{ aspect: 'LOYAL', rating: 'ABOVE', feedback: 'Teladan' }],
    });
    expect(draft.hasilKerja).toBe('BELOW');
    expect(draft.behaviours.find((b) => b.aspect === 'LOYAL')).toEqual({
      aspect: 'LOYAL',
      rating: 'ABOVE',
      feedback: 'Teladan',
    });
    expect(draft.behaviours.find((b) => b.aspect === 'ADAPTIF')?.rating).toBe('');
  });
});
