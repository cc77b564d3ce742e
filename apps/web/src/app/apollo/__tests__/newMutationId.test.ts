import { afterEach, describe, expect, it, vi } from 'vitest';
import { newMutationId } from '../newMutationId';

describe('newMutationId', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('builds distinct version-4 UUIDs where randomUUID is missing (plain http)', () => {
    const { getRandomValues } = crypto;
    vi.stubGlobal('crypto', { getRandomValues: getRandomValues.bind(crypto) });
    const ids = new Set(Array.from({ length: 100 }, () => newMutationId()));
    expect(ids.size).toBe(100);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
