import { describe, expect, it } from 'vitest';
import type { AuditFilters } from '../../types/AuditFilters';
import { auditFiltersFromParams } from '../auditFiltersFromParams';
import { auditParamsOf } from '../auditParamsOf';

const none: AuditFilters = {
  scopeId: null,
  entityType: null,
  action: null,
  from: null,
  to: null,
  userId: null,
};

describe('auditFiltersFromParams', () => {
  it('reads every filter from the address', () => {
    const params = new URLSearchParams(
      'scope=Tenant%3Aabc&type=Measurement&action=SUBMITTED&from=2026-03-01&to=2026-03-31&user=User%3Axyz',
    );
    expect(auditFiltersFromParams(params)).toEqual({
      scopeId: 'Tenant:abc',
      entityType: 'Measurement',
      action: 'SUBMITTED',
      from: '2026-03-01',
      to: '2026-03-31',
      userId: 'User:xyz',
    });
  });

  it('treats missing, empty and malformed values as absent', () => {
    expect(auditFiltersFromParams(new URLSearchParams())).toEqual(none);
    const params = new URLSearchParams(
      'scope=&type=Measure ment&action=submitted&from=1-3-2026&to=tomorrow&user=xyz',
    );
    expect(auditFiltersFromParams(params)).toEqual(none);
  });
});

describe('auditParamsOf', () => {
  it('writes only the filters that are set, in a stable order', () => {
    const params = auditParamsOf({
      ...none,
      scopeId: 'OrgUnit:1',
      entityType: 'Measurement',
      to: '2026-03-31',
    });
    expect(params.toString()).toBe('scope=OrgUnit%3A1&type=Measurement&to=2026-03-31');
  });

  it('keeps parameters that are not filters, and drops cleared filters', () => {
    const current = new URLSearchParams('lang=en&type=Issue&action=CREATED');
    expect(auditParamsOf({ ...none, entityType: 'Issue' }, current).toString()).toBe('lang=en&type=Issue');
  });

  it('round-trips through the address', () => {
    const filters: AuditFilters = {
      scopeId: 'Tenant:abc',
      entityType: 'PeriodLock',
      action: 'LOCKED',
      from: '2026-01-01',
      to: '2026-06-30',
      userId: 'User:1',
    };
    expect(auditFiltersFromParams(auditParamsOf(filters))).toEqual(filters);
  });
});
