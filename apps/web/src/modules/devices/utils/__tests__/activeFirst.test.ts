import { describe, expect, it } from 'vitest';
import { activeFirst } from '../activeFirst';

describe('activeFirst', () => {
  it('lists working screens first and keeps the order within each group', () => {
    const devices = [
      { id: 'a', revokedAt: '2026-11-01T00:00:00Z' },
      { id: 'b', revokedAt: null },
      { id: 'c', revokedAt: '2026-10-01T00:00:00Z' },
      { id: 'd', revokedAt: null },
    ];
    expect(activeFirst(devices).map((d) => d.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(activeFirst([])).toEqual([]);
  });
});
