import { describe, expect, it } from 'vitest';
import { validateProgress, type ProgressDraft } from '../validateProgress';

const ok: ProgressDraft = {
  realisedSpend: 'Rp 12.500.000',
  realisedPhysical: '45,5',
  note: '',
  correctionReason: '',
};
const fieldsOf = (draft: Partial<ProgressDraft>, needsReason = false) =>
  validateProgress({ ...ok, ...draft }, { needsReason }).errors.map((e) => `${e.field}:${e.key}`);

describe('validateProgress', () => {
  it('reads Rupiah and a percentage typed the Indonesian way', () => {
    expect(validateProgress(ok, { needsReason: false }).values).toEqual({
      realisedSpend: '12500000',
      realisedPhysical: 45.5,
    });
  });

  it('names the field and the rule for each bad input', () => {
    expect(fieldsOf({ realisedSpend: '' })).toEqual(['realisedSpend:entry.errors.spendRequired']);
    expect(fieldsOf({ realisedSpend: '1.500,50' })).toEqual(['realisedSpend:entry.errors.spendWhole']);
    expect(fieldsOf({ realisedSpend: '-100' })).toEqual(['realisedSpend:entry.errors.spendWhole']);
    expect(fieldsOf({ realisedPhysical: '120' })).toEqual(['realisedPhysical:entry.errors.physicalRange']);
    expect(fieldsOf({ realisedPhysical: '' })).toEqual(['realisedPhysical:entry.errors.physicalRequired']);
    expect(fieldsOf({}, true)).toEqual(['correctionReason:entry.errors.correctionRequired']);
  });
});
