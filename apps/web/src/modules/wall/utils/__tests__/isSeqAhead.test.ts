import { describe, expect, it } from 'vitest';
import { isSeqAhead } from '../isSeqAhead';

describe('isSeqAhead', () => {
  it('compares 64-bit sequences exactly, past 2^53', () => {
    expect(isSeqAhead('9007199254740993', '9007199254740992')).toBe(true);
    expect(isSeqAhead('9007199254740992', '9007199254740993')).toBe(false);
    expect(isSeqAhead('10', '9')).toBe(true);
    expect(isSeqAhead('5', '5')).toBe(false);
  });
  it('treats malformed input as not newer', () => {
    expect(isSeqAhead('abc', '1')).toBe(false);
  });
});
