import { describe, expect, it } from 'vitest';
import { escapeCell } from '../escapeCell';

describe('escapeCell', () => {
  it.each(['=1+1', '+62 812', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'prefixes %j with an apostrophe',
    (text) => {
      expect(escapeCell(text)).toBe(`'${text}`);
    },
  );
  it('leaves other text alone, also a formula character further in', () => {
    expect(escapeCell('Dinas Kesehatan')).toBe('Dinas Kesehatan');
    expect(escapeCell('a=b')).toBe('a=b');
    expect(escapeCell(' =1+1')).toBe(' =1+1');
    expect(escapeCell('')).toBe('');
  });
  it('escapes text that looks like a negative number: only numbers are exempt', () => {
    expect(escapeCell('-5')).toBe("'-5");
  });
  it('keeps numbers, also negative ones, and null as they are', () => {
    expect(escapeCell(-5)).toBe(-5);
    expect(escapeCell(0)).toBe(0);
    expect(escapeCell(null)).toBeNull();
  });
});
