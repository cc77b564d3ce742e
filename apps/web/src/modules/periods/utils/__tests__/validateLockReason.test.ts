import { describe, expect, it } from 'vitest';
import { LOCK_REASON_MAX_LENGTH, validateLockReason } from '../validateLockReason';

describe('validateLockReason', () => {
  it('sends the trimmed reason', () => {
    expect(validateLockReason('  Laporan triwulan sudah final. ')).toEqual({
      errors: [],
      reason: 'Laporan triwulan sudah final.',
    });
  });

  it('asks for a reason when there is none or only spaces', () => {
    for (const text of ['', '   \n']) {
      expect(validateLockReason(text)).toEqual({
        errors: [{ field: 'reason', key: 'periods.errors.reasonRequired' }],
        reason: null,
      });
    }
  });

  it("refuses a reason longer than the API's limit, counted after trimming", () => {
    expect(validateLockReason(` ${'a'.repeat(LOCK_REASON_MAX_LENGTH)} `).errors).toEqual([]);
    expect(validateLockReason('a'.repeat(LOCK_REASON_MAX_LENGTH + 1))).toEqual({
      errors: [{ field: 'reason', key: 'periods.errors.reasonTooLong', params: { max: 1000 } }],
      reason: null,
    });
  });
});
