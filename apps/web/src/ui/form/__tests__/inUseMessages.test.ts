import { describe, expect, it } from 'vitest';
import { inUseItemsOf } from '../inUseItemsOf';
import { inUseMessages } from '../inUseMessages';

const t = (key: string, params?: Record<string, unknown>) => `${key}${params ? JSON.stringify(params) : ''}`;

describe('inUseItemsOf', () => {
  it('names the non-zero counts in the given order, whatever else was sent', () => {
    expect(inUseItemsOf({ b: 2, a: 1, c: 0, other: 5, d: 'x' }, ['a', 'b', 'c', 'd'], 'x.inUse')).toEqual([
      { key: 'x.inUse.a', count: 1 },
      { key: 'x.inUse.b', count: 2 },
    ]);
    expect(inUseItemsOf(undefined, ['a'], 'x.inUse')).toEqual([]);
  });
});

describe('inUseMessages', () => {
  const messagesOf = inUseMessages('x.errors.inUse', (counts) => inUseItemsOf(counts, ['a', 'b'], 'x.inUse'));

  it('puts the counts of the in-use refusal into words before the message', () => {
    const messageOf = messagesOf(
      [{ field: 'form', key: 'x.errors.inUse', params: { counts: { b: 1, a: 3 } } }],
      t,
    );
    expect(messageOf('form')).toBe(
      'x.errors.inUse{"items":["x.inUse.a{\\"count\\":3}","x.inUse.b{\\"count\\":1}"]}',
    );
  });

  it('reads the other messages as they are', () => {
    const messageOf = messagesOf([{ field: 'code', key: 'x.errors.taken', params: { max: 3 } }], t);
    expect(messageOf('code')).toBe('x.errors.taken{"max":3}');
    expect(messageOf('form')).toBeNull();
  });
});
