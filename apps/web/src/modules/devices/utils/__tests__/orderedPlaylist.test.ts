import { describe, expect, it } from 'vitest';
import { wallPanels } from '../../../wall/utils/wallPanels';
import { orderedPlaylist } from '../orderedPlaylist';

describe('orderedPlaylist', () => {
  it('puts the ticked panels in the wall’s default order', () => {
    expect(orderedPlaylist(new Set(['activity', 'nko', 'ranking']))).toEqual(['nko', 'ranking', 'activity']);
  });
  it('keeps every panel when all are ticked, and drops what the wall does not know', () => {
    expect(orderedPlaylist(new Set([...wallPanels, 'weather']))).toEqual([...wallPanels]);
    expect(orderedPlaylist(new Set())).toEqual([]);
  });
});
