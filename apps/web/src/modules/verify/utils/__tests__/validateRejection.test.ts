import { describe, expect, it } from 'vitest';
import { validateRejection } from '../validateRejection';

describe('validateRejection', () => {
  it('accepts a reason', () => {
    expect(validateRejection('Bukti dukung belum dilampirkan.')).toBeNull();
  });

  it('requires a reason (whitespace does not count)', () => {
    expect(validateRejection('')).toEqual({ field: 'reason', key: 'verify.errors.reasonRequired' });
    expect(validateRejection(' \n\t ')).toEqual({ field: 'reason', key: 'verify.errors.reasonRequired' });
  });

  it('limits the reason to 1000 characters after trimming', () => {
    expect(validateRejection(`  ${'x'.repeat(1000)}  `)).toBeNull();
    expect(validateRejection('x'.repeat(1001))).toEqual({
      field: 'reason',
      key: 'verify.errors.reasonTooLong',
      params: { max: 1000 },
    });
  });
});
