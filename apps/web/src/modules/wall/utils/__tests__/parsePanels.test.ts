import { describe, expect, it } from 'vitest';
import { parsePanels } from '../parsePanels';
import { wallPanels } from '../wallPanels';

describe('parsePanels', () => {
  it('defaults to every panel', () => {
    expect(parsePanels(null)).toEqual([...wallPanels]);
    expect(parsePanels('')).toEqual([...wallPanels]);
  });
  it('keeps known panels in the given order, once each', () => {
    expect(parsePanels('ranking, nko,ranking,bogus')).toEqual(['ranking', 'nko']);
  });
  it('never leaves the wall blank', () => {
    expect(parsePanels('bogus')).toEqual([...wallPanels]);
  });
});
