import { describe, expect, it } from 'vitest';
import { budgetFigures, latestClosedMonth, reportFigures, yearDifference } from './scopeStats';

const deadline = (month: number) => new Date(Date.UTC(2026, month, 10, 16));

describe('scope figures', () => {
  it('counts a report due from its month on, and on time only when verified before its deadline', () => {
    const year = reportFigures(
      [3, 4],
      [
        { month: 3, status: 'VERIFIED', verifiedAt: new Date(Date.UTC(2026, 3, 5)) },
        { month: 4, status: 'VERIFIED', verifiedAt: new Date(Date.UTC(2026, 4, 20)) },
      ],
      deadline,
    );
    expect(year[1]).toMatchObject({ reportsDue: 0, reportsOnTime: 0 });
    expect(year[2]).toMatchObject({ reportsDue: 1, reportsOnTime: 1 });
    expect(year[11]).toMatchObject({ reportsDue: 2, reportsOnTime: 1 });
  });

  it('adds spend month by month and carries the latest physical progress forward, weighted by pagu', () => {
    const year = budgetFigures(1000n, [
      { month: 1, plannedSpend: 100n, realisedSpend: 80n, plannedPhysical: 10, realisedPhysical: 8 },
      { month: 3, plannedSpend: 200n, realisedSpend: null, plannedPhysical: 30, realisedPhysical: null },
    ]);
    expect(year[0]).toMatchObject({ plannedSpend: 100n, realisedSpend: 80n, realisedPhysicalWeighted: 8000 });
    expect(year[2]).toMatchObject({
      plannedSpend: 300n,
      realisedSpend: 80n,
      plannedPhysicalWeighted: 30_000,
      realisedPhysicalWeighted: 8000,
    });
    expect(year[11]).toMatchObject({ pagu: 1000n, budgetLines: 1, plannedPhysicalWeighted: 0 });
  });

  it('keeps only the months a change moved', () => {
    const before = budgetFigures(1000n, []);
    const after = budgetFigures(1000n, [
      { month: 11, plannedSpend: 0n, realisedSpend: 50n, plannedPhysical: 0, realisedPhysical: 90 },
    ]);
    const delta = yearDifference(after, before);
    expect([...delta.keys()]).toEqual([11, 12]);
    expect(delta.get(12)).toMatchObject({ realisedSpend: 50n, realisedPhysicalWeighted: 90_000, pagu: 0n });
  });

  it('shows timeliness up to the latest month whose deadline has passed', () => {
    const now = new Date(Date.UTC(2026, 10, 29));
    expect(latestClosedMonth(11, now, deadline)).toBe(10);
    expect(latestClosedMonth(5, now, deadline)).toBe(5);
    expect(latestClosedMonth(1, new Date(Date.UTC(2026, 0, 15)), deadline)).toBe(0);
  });
});
