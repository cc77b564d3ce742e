import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { indicatorErrorOf } from '../../../admin/utils/indicatorErrorOf';
import { agreementErrorOf } from '../agreementErrorOf';

const refusal = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'refused', extensions }] });

describe('agreementErrorOf', () => {
  it('says a too long A3 field next to it, with the limit', () => {
    expect(
      agreementErrorOf(
        refusal({ code: 'BAD_USER_INPUT', field: 'attitude', rule: 'too_big', params: { maximum: 2000 } }),
      ),
    ).toEqual({ field: 'attitude', key: 'agreements.errors.textTooLong', params: { max: 2000 } });
  });

  it('says signing refusals on the form', () => {
    expect(
      agreementErrorOf(refusal({ code: 'BAD_USER_INPUT', field: 'versionId', rule: 'alreadySigned' })),
    ).toEqual({
      field: 'form',
      key: 'agreements.errors.alreadySigned',
    });
    expect(
      agreementErrorOf(refusal({ code: 'BAD_USER_INPUT', field: 'versionId', rule: 'contentOutdated' })),
    ).toEqual({
      field: 'form',
      key: 'agreements.errors.contentOutdated',
    });
    expect(agreementErrorOf(refusal({ code: 'FORBIDDEN' }))).toEqual({
      field: 'form',
      key: 'agreements.errors.forbidden',
    });
  });
});

describe('indicatorErrorOf for a locked year', () => {
  it('names the signed PK that holds the targets', () => {
    const params = { agreementId: 'PerformanceAgreement:1', official: 'Ir. Lalu Bayu, M.T.', year: 2026 };
    expect(
      indicatorErrorOf(
        refusal({ code: 'BAD_USER_INPUT', field: 'targets', rule: 'agreementSigned', params }),
        [],
      ),
    ).toEqual({ field: 'form', key: 'admin.errors.agreementSigned', params });
  });
});
