import { describe, expect, it } from 'vitest';
import { auditScopesOf } from '../auditScopesOf';
import { readsAudit } from '../readsAudit';

const province = { __typename: 'Tenant' as const, id: 'Tenant:p', name: 'Provinsi NTB' };
const dikes = { __typename: 'OrgUnit' as const, id: 'OrgUnit:d', name: 'Dinas Kesehatan' };
const pupr = { __typename: 'OrgUnit' as const, id: 'OrgUnit:u', name: 'Dinas PUPR' };

describe('auditScopesOf', () => {
  it('puts the widest scope first and lists each scope once', () => {
    expect(
      auditScopesOf([
        { role: 'UNIT_HEAD', scope: dikes },
        { role: 'LEADER', scope: province },
        { role: 'TENANT_ADMIN', scope: province },
      ]),
    ).toEqual([
      { id: 'Tenant:p', name: 'Provinsi NTB', kind: 'Tenant' },
      { id: 'OrgUnit:d', name: 'Dinas Kesehatan', kind: 'OrgUnit' },
    ]);
  });

  it('leaves out scopes of roles that may not read the audit trail', () => {
    expect(
      auditScopesOf([
        { role: 'OPERATOR', scope: pupr },
        { role: 'VIEWER', scope: province },
        { role: 'UNIT_HEAD', scope: dikes },
      ]),
    ).toEqual([{ id: 'OrgUnit:d', name: 'Dinas Kesehatan', kind: 'OrgUnit' }]);
    expect(auditScopesOf([{ role: 'OPERATOR', scope: dikes }])).toEqual([]);
  });
});

describe('readsAudit', () => {
  it('lets administrators, leaders and unit heads in, not operators or viewers', () => {
    expect(readsAudit([{ role: 'SUPER_ADMIN', scope: province }])).toBe(true);
    expect(readsAudit([{ role: 'UNIT_HEAD', scope: dikes }])).toBe(true);
    expect(
      readsAudit([
        { role: 'OPERATOR', scope: dikes },
        { role: 'VIEWER', scope: province },
      ]),
    ).toBe(false);
    expect(readsAudit([])).toBe(false);
  });
});
