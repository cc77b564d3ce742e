import { describe, expect, it } from 'vitest';
import { agreementStatusOf } from '../agreementStatusOf';

describe('agreementStatusOf', () => {
  it('maps each status to its words, tone and lock', () => {
    expect(agreementStatusOf(null)).toEqual({ key: 'agreements.status.NONE', tone: 'muted', locked: false });
    expect(agreementStatusOf('DRAFT')).toEqual({
      key: 'agreements.status.DRAFT',
      tone: 'warning',
      locked: false,
    });
    expect(agreementStatusOf('SIGNED_FIRST')).toEqual({
      key: 'agreements.status.SIGNED_FIRST',
      tone: 'warning',
      locked: false,
    });
    expect(agreementStatusOf('SIGNED')).toEqual({
      key: 'agreements.status.SIGNED',
      tone: 'success',
      locked: true,
    });
    expect(agreementStatusOf('SUPERSEDED')).toEqual({
      key: 'agreements.status.SUPERSEDED',
      tone: 'muted',
      locked: false,
    });
  });
});
