import { describe, expect, it } from 'vitest';
import { evidenceUploadErrorKey } from '../evidenceUploadErrorKey';

describe('evidenceUploadErrorKey', () => {
  it("names a bad file by the API's rule, with the limit in megabytes", () => {
    expect(
      evidenceUploadErrorKey({
        status: 413,
        code: 'BAD_USER_INPUT',
        rule: 'tooLarge',
        params: { max: 10 * 1024 * 1024 },
      }),
    ).toEqual({ key: 'evidence.errors.tooLarge', params: { maxMb: 10 } });
    expect(evidenceUploadErrorKey({ status: 400, code: 'BAD_USER_INPUT', rule: 'typeMismatch' }).key).toBe(
      'evidence.errors.typeMismatch',
    );
  });

  it('names a refusal by its code, and anything else as a failed upload', () => {
    expect(evidenceUploadErrorKey({ status: 403, code: 'FORBIDDEN' }).key).toBe('evidence.errors.FORBIDDEN');
    expect(evidenceUploadErrorKey({ status: 413 }).key).toBe('evidence.errors.tooLarge');
    expect(evidenceUploadErrorKey({ status: 400, code: 'BAD_USER_INPUT', rule: 'mystery' }).key).toBe(
      'evidence.errors.failed',
    );
    expect(evidenceUploadErrorKey({ status: 0, code: 'NETWORK' }).key).toBe('evidence.errors.failed');
  });
});
