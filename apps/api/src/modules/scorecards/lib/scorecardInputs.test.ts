import { describe, expect, it } from 'vitest';
import { linkCreatesCycle, perspectiveWeightsProblem } from './scorecardInputs';

const link = (fromObjectiveId: string, toObjectiveId: string) => ({ fromObjectiveId, toObjectiveId });

describe('linkCreatesCycle', () => {
  it('finds a cycle through the existing links, and none where the map stays acyclic', () => {
    const links = [link('a', 'b'), link('b', 'c')];
    expect(linkCreatesCycle(links, 'c', 'a')).toBe(true);
    expect(linkCreatesCycle(links, 'b', 'a')).toBe(true);
    expect(linkCreatesCycle(links, 'a', 'c')).toBe(false);
    expect(linkCreatesCycle(links, 'd', 'a')).toBe(false);
    expect(linkCreatesCycle([], 'a', 'a')).toBe(true);
  });
});

describe('perspectiveWeightsProblem', () => {
  const current = [
    { perspective: 'STAKEHOLDER', weight: 30 },
    { perspective: 'CUSTOMER', weight: 20 },
    { perspective: 'INTERNAL_PROCESS', weight: 30 },
    { perspective: 'LEARNING_GROWTH', weight: 20 },
  ] as const;
  it('accepts weights whose total after the change is 100, up to rounding', () => {
    expect(
      perspectiveWeightsProblem(current, [
        { perspective: 'STAKEHOLDER', weight: 40 },
        { perspective: 'CUSTOMER', weight: 10 },
      ]),
    ).toBeNull();
    expect(
      perspectiveWeightsProblem(current.slice(0, 3), [
        { perspective: 'STAKEHOLDER', weight: 33.3 },
        { perspective: 'CUSTOMER', weight: 33.3 },
        { perspective: 'INTERNAL_PROCESS', weight: 33.4 },
      ]),
    ).toBeNull();
  });
  it('names the rule that fails', () => {
    expect(perspectiveWeightsProblem(current, [{ perspective: 'STAKEHOLDER', weight: 50 }])).toEqual({
      field: 'weights',
      rule: 'sumTo100',
    });
    expect(
      perspectiveWeightsProblem(current, [
        { perspective: 'CUSTOMER', weight: 20 },
        { perspective: 'CUSTOMER', weight: 20 },
      ]),
    ).toEqual({ field: 'weights.1.perspective', rule: 'unique' });
    expect(
      perspectiveWeightsProblem(current.slice(0, 2), [{ perspective: 'LEARNING_GROWTH', weight: 20 }]),
    ).toEqual({ field: 'weights.0.perspective', rule: 'notFound' });
  });
});
