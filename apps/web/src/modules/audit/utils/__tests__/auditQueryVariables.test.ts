import { describe, expect, it } from 'vitest';
import type { AuditFilters } from '../../types/AuditFilters';
import { auditQueryVariables } from '../auditQueryVariables';

const none: AuditFilters = {
  scopeId: null,
  entityType: null,
  action: null,
  from: null,
  to: null,
  userId: null,
};

describe('auditQueryVariables', () => {
  it('asks for the scope only when nothing is filtered', () => {
    expect(auditQueryVariables(none, 'Tenant:t', 50, 'Asia/Makassar')).toEqual({
      scopeId: 'Tenant:t',
      first: 50,
    });
  });

  it('sends the WITA day bounds as instants, and the type and user filters', () => {
    const filters = {
      ...none,
      entityType: 'Measurement',
      userId: 'User:u',
      from: '2026-03-01',
      to: '2026-03-02',
    };
    expect(auditQueryVariables(filters, 'OrgUnit:o', 200, 'Asia/Makassar')).toEqual({
      scopeId: 'OrgUnit:o',
      first: 200,
      entityType: 'Measurement',
      userId: 'User:u',
      from: '2026-02-28T16:00:00.000Z',
      to: '2026-03-02T16:00:00.000Z',
    });
  });

  it('asks the API for the chosen action', () => {
    expect(auditQueryVariables({ ...none, action: 'SUBMITTED' }, 'Tenant:t', 50, 'Asia/Makassar')).toEqual({
      scopeId: 'Tenant:t',
      first: 50,
      action: 'SUBMITTED',
    });
  });

  it('asks nothing without a scope or with a reversed range', () => {
    expect(auditQueryVariables(none, null, 50, 'Asia/Makassar')).toBeNull();
    expect(
      auditQueryVariables({ ...none, from: '2026-03-02', to: '2026-03-01' }, 'Tenant:t', 50, 'Asia/Makassar'),
    ).toBeNull();
  });
});
