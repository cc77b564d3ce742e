import { describe, expect, it } from 'vitest';
import type { ApiError } from '../ApiError';
import type { ApiMessages } from '../ApiMessages';
import { apiMessageOf } from '../apiMessageOf';

const refused = (field: string, rule: string, params: Record<string, unknown> = {}): ApiError => ({
  code: 'BAD_USER_INPUT',
  field,
  rule,
  params,
});
const coded = (code: string): ApiError => ({ code, field: '', rule: 'invalid', params: {} });

const MESSAGES: ApiMessages = {
  codes: {
    NETWORK: 'x.errors.network',
    NOT_FOUND: { key: 'x.errors.gone', reload: true },
    unknown: 'x.errors.unknown',
  },
  fields: {
    name: { too_big: { key: 'x.errors.nameTooLong', params: { max: 100 } }, '*': 'x.errors.nameRequired' },
    panels: { duplicate: 'x.errors.panelTwice' },
    itemId: {
      inUse: ({ params }) => ({ field: 'form', key: 'x.errors.inUse', params: { counts: params } }),
      '*': { field: 'form', key: 'x.errors.gone', reload: true },
    },
    limit: { too_big: ({ params }, field) => (params.maximum ? { field, key: 'x.errors.tooLong' } : null) },
    '*': { unique: 'x.errors.taken' },
  },
  fieldOf: (apiField) => (apiField.startsWith('panels.') ? 'panels' : apiField),
  invalid: 'x.errors.invalid',
};

describe('apiMessageOf', () => {
  it('says a refusal by its code on the form, any other code as unknown', () => {
    expect(apiMessageOf(coded('NETWORK'), MESSAGES)).toEqual({ field: 'form', key: 'x.errors.network' });
    expect(apiMessageOf(coded('NOT_FOUND'), MESSAGES)).toEqual({
      field: 'form',
      key: 'x.errors.gone',
      reload: true,
    });
    expect(apiMessageOf(coded('FORBIDDEN'), MESSAGES)).toEqual({ field: 'form', key: 'x.errors.unknown' });
  });

  it('puts a bad input next to its field, by rule or for any rule', () => {
    expect(apiMessageOf(refused('name', 'too_big'), MESSAGES)).toEqual({
      field: 'name',
      key: 'x.errors.nameTooLong',
      params: { max: 100 },
    });
    expect(apiMessageOf(refused('name', 'too_small'), MESSAGES)).toEqual({
      field: 'name',
      key: 'x.errors.nameRequired',
    });
  });

  it("says it on the form's field for the API's, and on the form where the entry says so", () => {
    expect(apiMessageOf(refused('panels.2', 'duplicate'), MESSAGES)).toEqual({
      field: 'panels',
      key: 'x.errors.panelTwice',
    });
    expect(apiMessageOf(refused('itemId', 'notFound'), MESSAGES)).toEqual({
      field: 'form',
      key: 'x.errors.gone',
      reload: true,
    });
  });

  it('works out a message from what the API sent, or passes it on', () => {
    expect(apiMessageOf(refused('itemId', 'inUse', { children: 2 }), MESSAGES)).toEqual({
      field: 'form',
      key: 'x.errors.inUse',
      params: { counts: { children: 2 } },
    });
    expect(apiMessageOf(refused('limit', 'too_big', { maximum: 5 }), MESSAGES).key).toBe('x.errors.tooLong');
    expect(apiMessageOf(refused('limit', 'too_big'), MESSAGES)).toEqual({
      field: 'form',
      key: 'x.errors.invalid',
      params: { field: 'limit' },
    });
  });

  it('applies the rules any field may break, then says the rest is invalid, naming the field', () => {
    expect(apiMessageOf(refused('code', 'unique'), MESSAGES)).toEqual({
      field: 'code',
      key: 'x.errors.taken',
    });
    expect(apiMessageOf(refused('panels.1', 'too_small'), MESSAGES)).toEqual({
      field: 'form',
      key: 'x.errors.invalid',
      params: { field: 'panels.1' },
    });
    expect(apiMessageOf(refused('constructor', 'toString'), MESSAGES).key).toBe('x.errors.invalid');
  });

  it("names the API's field for catalogs that say which, unless the entry places the message", () => {
    const naming: ApiMessages = { ...MESSAGES, namesField: true };
    expect(apiMessageOf(refused('name', 'too_big'), naming)).toEqual({
      field: 'name',
      key: 'x.errors.nameTooLong',
      params: { field: 'name', max: 100 },
    });
    expect(apiMessageOf(refused('panels.2', 'duplicate'), naming).params).toEqual({ field: 'panels.2' });
    expect(apiMessageOf(refused('itemId', 'notFound'), naming).params).toBeUndefined();
  });
});
