import { describe, expect, it } from 'vitest';
import { sheetNameFor } from '../sheetNameFor';

describe('sheetNameFor', () => {
  it('replaces the characters Excel forbids', () => {
    expect(sheetNameFor('Capaian OPD: Nov/2026 [final]?')).toBe('Capaian OPD Nov 2026 final');
  });
  it('cuts at 31 characters without an apostrophe at either end', () => {
    expect(sheetNameFor("'Kutipan'")).toBe('Kutipan');
    expect(sheetNameFor('x'.repeat(40))).toHaveLength(31);
    expect(sheetNameFor(`${'x'.repeat(30)}😀`)).toBe('x'.repeat(30));
  });
  it('avoids empty and reserved names', () => {
    expect(sheetNameFor(' / ')).toBe('Data');
    expect(sheetNameFor('History')).toBe('Data');
  });
});
