import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { ownSkpErrorOf } from '../ownSkpErrorOf';

const refusal = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'refused', extensions }] });

describe('ownSkpErrorOf', () => {
  it("says an intervensi outside the supervisor's RHK next to the select", () => {
    expect(
      ownSkpErrorOf(refusal({ code: 'BAD_USER_INPUT', field: 'parentRhkId', rule: 'notSupervisorRhk' })),
    ).toEqual({ field: 'parentRhkId', key: 'skp.errors.notSupervisorRhk' });
  });

  it('says a refused evidence link and too long texts next to their fields', () => {
    expect(
      ownSkpErrorOf(refusal({ code: 'BAD_USER_INPUT', field: 'evidenceUrl', rule: 'invalid_format' })),
    ).toEqual({ field: 'evidenceUrl', key: 'skp.errors.evidenceUrl' });
    expect(
      ownSkpErrorOf(
        refusal({
          code: 'BAD_USER_INPUT',
          field: 'indicators.1.unit',
          rule: 'too_big',
          params: { maximum: 50 },
        }),
      ),
    ).toEqual({ field: 'indicators.1.unit', key: 'skp.errors.tooLong', params: { max: 50 } });
  });

  it('says a refusal without a field on the form', () => {
    expect(ownSkpErrorOf(refusal({ code: 'FORBIDDEN' }))).toEqual({
      field: 'form',
      key: 'skp.errors.ownOnly',
    });
    expect(ownSkpErrorOf(new Error('offline'))).toEqual({ field: 'form', key: 'skp.errors.network' });
  });
});
