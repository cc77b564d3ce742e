import { describe, expect, it } from 'vitest';
import { auditLinkOf } from '../auditLinkOf';

const uuid = '0b5e7c1a-1111-4222-8333-444455556666';

describe('auditLinkOf', () => {
  it('links an entry whose snapshot names its indicator to the indicator page (global id)', () => {
    expect(
      auditLinkOf({
        entityType: 'Measurement',
        entityId: 'Measurement:m',
        before: null,
        after: { indicatorId: uuid },
      }),
    ).toEqual({ kind: 'indicator', path: `/indicator/${encodeURIComponent(`Indicator:${uuid}`)}` });
    expect(
      auditLinkOf({
        entityType: 'Measurement',
        entityId: 'Measurement:m',
        before: { indicatorId: `Indicator:${uuid}` },
        after: null,
      })?.path,
    ).toBe(`/indicator/Indicator%3A${uuid}`);
  });

  it('links a period lock to its tenant dashboard', () => {
    expect(
      auditLinkOf({ entityType: 'PeriodLock', entityId: `PeriodLock:${uuid}`, before: null, after: null }),
    ).toEqual({ kind: 'scope', path: `/dashboard/Tenant%3A${uuid}` });
  });

  it('links an org unit or tenant to its dashboard', () => {
    expect(
      auditLinkOf({ entityType: 'OrgUnit', entityId: `OrgUnit:${uuid}`, before: null, after: null }),
    ).toEqual({
      kind: 'scope',
      path: `/dashboard/OrgUnit%3A${uuid}`,
    });
  });

  it('gives no link when nothing says where the entity lives', () => {
    const measurement = { value: 1, status: 'DRAFT', version: 1, note: null };
    expect(
      auditLinkOf({ entityType: 'Measurement', entityId: 'Measurement:m', before: null, after: measurement }),
    ).toBeNull();
    expect(auditLinkOf({ entityType: 'Issue', entityId: 'Issue:i', before: null, after: {} })).toBeNull();
  });
});
