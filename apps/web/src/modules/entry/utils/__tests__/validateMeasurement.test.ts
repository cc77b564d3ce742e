import { describe, expect, it } from 'vitest';
import { EMPTY_ANALYSIS, type MeasurementDraft } from '../../types/MeasurementDraft';
import { validateMeasurement } from '../validateMeasurement';

const ok: MeasurementDraft = { value: '87,5', note: '', evidence: [], reason: '', analysis: EMPTY_ANALYSIS };
const fieldsOf = (draft: Partial<MeasurementDraft>, revisingVerified = false) =>
  validateMeasurement({ ...ok, ...draft }, { revisingVerified }).errors.map((e) => `${e.field}:${e.key}`);

describe('validateMeasurement', () => {
  it('accepts an Indonesian decimal and returns the number', () => {
    expect(validateMeasurement(ok, { revisingVerified: false })).toEqual({ errors: [], value: 87.5 });
  });

  it('names the field and the rule for each bad input', () => {
    expect(fieldsOf({ value: '' })).toEqual(['value:entry.errors.valueRequired']);
    expect(fieldsOf({ value: 'delapan' })).toEqual(['value:entry.errors.valueNumber']);
    expect(fieldsOf({ value: '2000000000000' })).toEqual(['value:entry.errors.valueRange']);
    expect(fieldsOf({ note: 'x'.repeat(2001) })).toEqual(['note:entry.errors.noteTooLong']);
    expect(fieldsOf({ evidence: [{ url: 'javascript:alert(1)', title: '' }] })).toEqual([
      'evidence.0.url:entry.errors.evidenceUrl',
      'evidence.0.title:entry.errors.evidenceTitle',
    ]);
  });

  it('asks for a reason only when a verified value is revised', () => {
    expect(fieldsOf({}, true)).toEqual(['reason:entry.errors.reasonRequired']);
    expect(fieldsOf({ reason: 'Salah ketik pada laporan.' }, true)).toEqual([]);
    expect(fieldsOf({})).toEqual([]);
  });

  it('returns no value while anything is wrong', () => {
    expect(
      validateMeasurement({ ...ok, note: 'x'.repeat(2001) }, { revisingVerified: false }).value,
    ).toBeNull();
  });
});
