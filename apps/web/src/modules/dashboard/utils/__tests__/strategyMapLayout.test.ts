import { describe, expect, it } from 'vitest';
import { arrowBetween, strategyMapArrows, strategyMapRows } from '../strategyMapLayout';

describe('strategyMapRows', () => {
  it('puts stakeholder on top and learning and growth at the bottom, keeping empty rows', () => {
    const rows = strategyMapRows([
      { id: 'l1', perspective: 'LEARNING_GROWTH' as const },
      { id: 's1', perspective: 'STAKEHOLDER' as const },
      { id: 's2', perspective: 'STAKEHOLDER' as const },
    ]);
    expect(rows.map((r) => r.perspective)).toEqual([
      'STAKEHOLDER',
      'CUSTOMER',
      'INTERNAL_PROCESS',
      'LEARNING_GROWTH',
    ]);
    expect(rows[0]?.objectives.map((o) => o.id)).toEqual(['s1', 's2']);
    expect(rows[1]?.objectives).toEqual([]);
    expect(rows[3]?.objectives.map((o) => o.id)).toEqual(['l1']);
  });
});

describe('arrowBetween', () => {
  const lower = { x: 0, y: 200, width: 100, height: 50 };
  const upper = { x: 200, y: 0, width: 100, height: 50 };

  it('goes from the top edge of a lower box to the bottom edge of an upper one', () => {
    expect(arrowBetween(lower, upper)).toEqual({ x1: 50, y1: 200, x2: 250, y2: 50 });
  });

  it('goes downwards the other way round', () => {
    expect(arrowBetween(upper, lower)).toEqual({ x1: 250, y1: 50, x2: 50, y2: 200 });
  });

  it('joins side edges within a row', () => {
    const left = { x: 0, y: 0, width: 100, height: 40 };
    const right = { x: 150, y: 0, width: 100, height: 40 };
    expect(arrowBetween(left, right)).toEqual({ x1: 100, y1: 20, x2: 150, y2: 20 });
    expect(arrowBetween(right, left)).toEqual({ x1: 150, y1: 20, x2: 100, y2: 20 });
  });
});

describe('strategyMapArrows', () => {
  it('skips links whose ends are not laid out, and self links', () => {
    const boxes = new Map([
      ['a', { x: 0, y: 100, width: 10, height: 10 }],
      ['b', { x: 0, y: 0, width: 10, height: 10 }],
    ]);
    const arrows = strategyMapArrows(
      [
        { from: { id: 'a' }, to: { id: 'b' } },
        { from: { id: 'a' }, to: { id: 'zz' } },
        { from: { id: 'a' }, to: { id: 'a' } },
      ],
      boxes,
    );
    expect(arrows).toEqual([{ key: 'a>b', x1: 5, y1: 100, x2: 5, y2: 10 }]);
  });
});
