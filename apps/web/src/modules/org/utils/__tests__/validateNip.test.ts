import { describe, expect, it } from 'vitest';
import { nipRuleBroken, normalizeNip, validateNip } from '../validateNip';

// Born 12 July 1985, appointed January 2010, male, sequence 001.
const VALID = '198507122010011001';

describe('validateNip', () => {
  it('accepts a well-formed NIP, also as printed with spaces', () => {
    expect(nipRuleBroken(VALID)).toBeNull();
    expect(nipRuleBroken('19850712 201001 1 001')).toBeNull();
    expect(normalizeNip(' 19850712 201001 1 001 ')).toBe(VALID);
    expect(validateNip(VALID)).toEqual([]);
  });

  it('asks for a NIP', () => {
    expect(validateNip('  ')).toEqual([{ field: 'nip', key: 'org.errors.nipRequired' }]);
  });

  it('wants exactly 18 digits', () => {
    expect(nipRuleBroken('12345')).toBe('digits');
    expect(nipRuleBroken(`${VALID}1`)).toBe('digits');
    expect(nipRuleBroken('19850712201001100A')).toBe('digits');
    expect(validateNip('12345')).toEqual([{ field: 'nip', key: 'org.errors.nipDigits' }]);
  });

  it('wants a real birth date in digits 1–8', () => {
    expect(nipRuleBroken('198513122010011001')).toBe('birthDate'); // month 13
    expect(nipRuleBroken('198502302010011001')).toBe('birthDate'); // 30 February
    expect(nipRuleBroken('198500122010011001')).toBe('birthDate'); // month 00
    expect(nipRuleBroken('000007122010011001')).toBe('birthDate'); // year 0000
    expect(nipRuleBroken('200002292010011001')).toBeNull(); // 29 February of a leap year
    expect(validateNip('198513122010011001')).toEqual([{ field: 'nip', key: 'org.errors.nipBirthDate' }]);
  });

  it('wants an appointment year and month (01–12) in digits 9–14', () => {
    expect(nipRuleBroken('198507122010131001')).toBe('appointment');
    expect(nipRuleBroken('198507122010001001')).toBe('appointment');
    expect(nipRuleBroken('198507120000011001')).toBe('appointment');
    expect(nipRuleBroken('198507122010121001')).toBeNull();
    expect(validateNip('198507122010131001')).toEqual([{ field: 'nip', key: 'org.errors.nipAppointment' }]);
  });

  it('wants 1 or 2 as digit 15', () => {
    expect(nipRuleBroken('198507122010013001')).toBe('sex');
    expect(nipRuleBroken('198507122010010001')).toBe('sex');
    expect(nipRuleBroken('198507122010012001')).toBeNull();
    expect(validateNip('198507122010013001')).toEqual([{ field: 'nip', key: 'org.errors.nipSex' }]);
  });
});
