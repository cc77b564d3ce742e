import { describe, expect, it } from 'vitest';
import { scopeOptionsOf } from '../scopeOptionsOf';

describe('scopeOptionsOf', () => {
  it('offers the whole tenant first, then its OPDs in order', () => {
    expect(
      scopeOptionsOf({
        id: 'Tenant:1',
        name: 'Provinsi Nusa Tenggara Barat',
        opds: [
          { id: 'OrgUnit:2', name: 'Dinas Kesehatan' },
          { id: 'OrgUnit:3', name: 'Dinas PUPR' },
        ],
      }),
    ).toEqual([
      { id: 'Tenant:1', name: 'Provinsi Nusa Tenggara Barat', kind: 'tenant' },
      { id: 'OrgUnit:2', name: 'Dinas Kesehatan', kind: 'opd' },
      { id: 'OrgUnit:3', name: 'Dinas PUPR', kind: 'opd' },
    ]);
  });
});
