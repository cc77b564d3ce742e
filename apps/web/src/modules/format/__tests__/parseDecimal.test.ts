import { describe, expect, it } from 'vitest';
import { parseDecimal, parseRupiah } from '../parseDecimal';

describe('parseDecimal', () => {
  it.each([
    ['12,5', 12.5],
    ['1.234,56', 1234.56],
    ['1.234', 1234],
    ['12.5', 12.5],
    [' 87 ', 87],
    ['-3,25', -3.25],
    ['0,5', 0.5],
    ['1.000.000', 1_000_000],
  ])('reads %j as %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each(['', 'sepuluh', '1,2,3', '12.34.5,6', '1e5', '12,5%', 'NaN', '--1'])('refuses %j', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });
});

describe('parseRupiah', () => {
  it.each([
    ['Rp 1.250.000', '1250000'],
    ['1250000', '1250000'],
    ['0', '0'],
    ['rp.15.000', '15000'],
  ])('reads %j as %s', (text, digits) => {
    expect(parseRupiah(text)).toBe(digits);
  });

  it.each(['', '1.250.000,50', '-5000', '12.34', 'satu juta', '1234567890123456789'])(
    'refuses %j',
    (text) => {
      expect(parseRupiah(text)).toBeNull();
    },
  );
});
