import { describe, expect, it } from 'vitest';
import { isWebAddress } from '../isWebAddress';

describe('isWebAddress', () => {
  it('accepts http and https addresses', () => {
    expect(isWebAddress('https://dikes.ntbprov.go.id/laporan.pdf')).toBe(true);
    expect(isWebAddress('http://example.org')).toBe(true);
  });

  it('refuses scripts, data, relative and malformed addresses', () => {
    expect(isWebAddress('javascript:alert(1)')).toBe(false);
    expect(isWebAddress('data:text/html,hi')).toBe(false);
    expect(isWebAddress('/laporan.pdf')).toBe(false);
    expect(isWebAddress('bukan alamat')).toBe(false);
  });
});
