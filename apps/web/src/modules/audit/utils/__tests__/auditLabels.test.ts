import { describe, expect, it } from 'vitest';
import { actionOptionsOf } from '../actionOptionsOf';
import { auditPeriodOf } from '../auditPeriodOf';
import { auditWhatKey } from '../auditWhatKey';

describe('auditWhatKey', () => {
  it('names a known change by its entity type and action', () => {
    expect(auditWhatKey('Measurement', 'SUBMITTED')).toBe('audit.what.Measurement.SUBMITTED');
    expect(auditWhatKey('PeriodLock', 'UNLOCKED')).toBe('audit.what.PeriodLock.UNLOCKED');
    expect(auditWhatKey('Indicator', 'TARGETS_SET')).toBe('audit.what.Indicator.TARGETS_SET');
  });

  it('has no key for a pair the catalogs do not know', () => {
    expect(auditWhatKey('Measurement', 'LOCKED')).toBeNull();
    expect(auditWhatKey('Scorecard', 'CREATED')).toBeNull();
  });
});

describe('actionOptionsOf', () => {
  it('offers the actions of the chosen entity type', () => {
    expect(actionOptionsOf('SubActivity')).toEqual(['REPORTED', 'CORRECTED', 'BUDGET_REVISED']);
    expect(actionOptionsOf('Unknown')).toEqual([]);
  });

  it('offers every known action once when all types are shown', () => {
    const all = actionOptionsOf(null);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining(['CREATED', 'SUBMITTED', 'STATUS_CHANGED', 'LOCKED']));
  });
});

describe('auditPeriodOf', () => {
  it('reads the period a period lock names', () => {
    expect(
      auditPeriodOf({ year: 2026, month: 3, locked: false }, { year: 2026, month: 3, locked: true }),
    ).toEqual({
      year: 2026,
      month: 3,
    });
    expect(auditPeriodOf({ year: 2026, month: 4 }, null)).toEqual({ year: 2026, month: 4 });
  });

  it('has none for snapshots without a valid period', () => {
    expect(auditPeriodOf({ value: 1 }, { value: 2 })).toBeNull();
    expect(auditPeriodOf(null, { year: 2026, month: 13 })).toBeNull();
  });
});
