import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastDayOfMonth, paguByMonth, paguInForce } from './budget';

const revisedOn20Aug = { murni: 1_000_000_000n, revised: 1_250_000_000n, revisedOn: '2026-08-20' };

describe('paguInForce (APBD-P)', () => {
  it('is pagu murni before the month of the revision and the revised pagu from that month on', () => {
    expect(paguInForce(revisedOn20Aug, 2026, 7)).toBe(1_000_000_000n);
    expect(paguInForce(revisedOn20Aug, 2026, 8)).toBe(1_250_000_000n);
    expect(paguInForce(revisedOn20Aug, 2026, 12)).toBe(1_250_000_000n);
  });

  it('counts a revision dated the last day of a month for that month', () => {
    const c = { murni: 10, revised: 20, revisedOn: '2026-02-28' };
    expect(paguInForce(c, 2026, 1)).toBe(10);
    expect(paguInForce(c, 2026, 2)).toBe(20);
    expect(paguInForce({ ...c, revisedOn: '2028-02-29' }, 2028, 2)).toBe(20);
  });

  it('is pagu murni all year without a revision, and in every month of a year before it', () => {
    expect(paguByMonth({ murni: 5n, revised: null, revisedOn: null }, 2026)).toEqual(Array(12).fill(5n));
    expect(paguByMonth(revisedOn20Aug, 2025)).toEqual(Array(12).fill(1_000_000_000n));
    expect(paguByMonth(revisedOn20Aug, 2027)).toEqual(Array(12).fill(1_250_000_000n));
  });

  it('refuses a date that is not YYYY-MM-DD and a month outside 1–12', () => {
    expect(() => paguInForce({ murni: 1, revised: 2, revisedOn: '20/08/2026' }, 2026, 8)).toThrow(
      expect.objectContaining({ field: 'revisedOn', rule: 'validDate' }),
    );
    expect(() => lastDayOfMonth(2026, 13)).toThrow(expect.objectContaining({ rule: 'monthRange' }));
  });

  it('switches exactly once, at the month the date falls in, and never back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        fc.bigInt({ min: 0n, max: 10n ** 13n }),
        fc.bigInt({ min: 0n, max: 10n ** 13n }),
        (year, date, murni, revised) => {
          const revisedOn = date.toISOString().slice(0, 10);
          const months = paguByMonth({ murni, revised, revisedOn }, year);
          const from = months.findIndex((_, k) => revisedOn <= lastDayOfMonth(year, k + 1));
          months.forEach((p, k) => {
            expect(p).toBe(from !== -1 && k >= from ? revised : murni);
          });
          const revisionYear = date.getUTCFullYear();
          if (revisionYear === year) expect(from).toBe(date.getUTCMonth());
          else expect(from).toBe(revisionYear < year ? 0 : -1);
        },
      ),
    );
  });
});
