import { describe, expect, it } from 'vitest';
import { childKindOf } from '../orgRules';
import { officialFieldsOf, validateOfficialDraft } from '../validateOfficialDraft';
import { validatePositionDraft } from '../validatePositionDraft';
import { tenantFieldsOf, validateTenantDraft } from '../validateTenantDraft';
import { unitFieldsOf, validateUnitDraft } from '../validateUnitDraft';

describe('validateUnitDraft', () => {
  const unit = { code: 'DIKES.P2P', name: 'Bidang Pencegahan Penyakit', shortName: 'P2P' };

  it('accepts a unit with a well-formed code', () => {
    expect(validateUnitDraft(unit)).toEqual([]);
    expect(validateUnitDraft({ ...unit, code: 'E2E-OPD' })).toEqual([]);
    expect(validateUnitDraft({ ...unit, code: 'A' })).toEqual([]);
  });

  it('names each missing field', () => {
    expect(validateUnitDraft({ code: ' ', name: '', shortName: '' })).toEqual([
      { field: 'code', key: 'org.errors.required' },
      { field: 'name', key: 'org.errors.required' },
      { field: 'shortName', key: 'org.errors.required' },
    ]);
  });

  it('refuses codes outside upper-case letters, digits, dots and hyphens, or over 32 characters', () => {
    const broken = { field: 'code', key: 'org.errors.unitCode' };
    expect(validateUnitDraft({ ...unit, code: 'dikes' })).toEqual([broken]);
    expect(validateUnitDraft({ ...unit, code: '.DIKES' })).toEqual([broken]);
    expect(validateUnitDraft({ ...unit, code: 'DI KES' })).toEqual([broken]);
    expect(validateUnitDraft({ ...unit, code: 'X'.repeat(33) })).toEqual([broken]);
    expect(validateUnitDraft({ ...unit, code: 'X'.repeat(32) })).toEqual([]);
  });

  it('sends the fields trimmed', () => {
    expect(unitFieldsOf({ code: ' A1 ', name: ' Dinas ', shortName: ' D ' })).toEqual({
      code: 'A1',
      name: 'Dinas',
      shortName: 'D',
    });
  });
});

describe('validateTenantDraft', () => {
  const tenant = {
    kind: 'REGENCY' as const,
    code: 'KAB-LOBAR',
    name: 'Pemerintah Kabupaten Lombok Barat',
    shortName: 'Lombok Barat',
    capital: '',
  };

  it('accepts a kabupaten or kota without a capital', () => {
    expect(validateTenantDraft(tenant)).toEqual([]);
    expect(validateTenantDraft({ ...tenant, kind: 'CITY' })).toEqual([]);
  });

  it('refuses a province, a bad code and missing names', () => {
    expect(validateTenantDraft({ ...tenant, kind: 'PROVINCE', code: 'K', name: '', shortName: ' ' })).toEqual(
      [
        { field: 'kind', key: 'org.errors.kind' },
        { field: 'code', key: 'org.errors.tenantCode' },
        { field: 'name', key: 'org.errors.required' },
        { field: 'shortName', key: 'org.errors.required' },
      ],
    );
    // Dots are allowed in unit codes, not in tenant codes.
    expect(validateTenantDraft({ ...tenant, code: 'KAB.LOBAR' })[0]?.key).toBe('org.errors.tenantCode');
    expect(validateTenantDraft({ ...tenant, code: '' })[0]).toEqual({
      field: 'code',
      key: 'org.errors.required',
    });
  });

  it('checks only the names of an existing tenant, whose kind and code stay', () => {
    const province = { ...tenant, kind: 'PROVINCE' as const, code: '52' };
    expect(validateTenantDraft(province, { creating: false })).toEqual([]);
    expect(validateTenantDraft({ ...province, name: ' ' }, { creating: false })).toEqual([
      { field: 'name', key: 'org.errors.required' },
    ]);
  });

  it('sends an empty capital as null', () => {
    expect(tenantFieldsOf({ ...tenant, capital: '  ' }).capital).toBeNull();
    expect(tenantFieldsOf({ ...tenant, capital: ' Gerung ' }).capital).toBe('Gerung');
  });
});

describe('validatePositionDraft', () => {
  it('wants a title and a level', () => {
    expect(validatePositionDraft({ title: 'Kepala Bidang', level: 'ADMINISTRATOR' })).toEqual([]);
    expect(validatePositionDraft({ title: ' ', level: '' })).toEqual([
      { field: 'title', key: 'org.errors.required' },
      { field: 'level', key: 'org.errors.level' },
    ]);
  });
});

describe('validateOfficialDraft', () => {
  const official = { nip: '198507122010011001', name: 'Budi Santoso', positionId: '', email: '', phone: '' };

  it('accepts an official without position or contact details', () => {
    expect(validateOfficialDraft(official)).toEqual([]);
  });

  it('checks the NIP, the name and the email address', () => {
    expect(
      validateOfficialDraft({ ...official, nip: '198513122010011001', name: '', email: 'budi@' }),
    ).toEqual([
      { field: 'nip', key: 'org.errors.nipBirthDate' },
      { field: 'name', key: 'org.errors.required' },
      { field: 'email', key: 'org.errors.email' },
    ]);
    expect(validateOfficialDraft({ ...official, email: 'budi@ntbprov.go.id' })).toEqual([]);
  });

  it('sends the NIP without spaces and empty optional fields as null', () => {
    expect(
      officialFieldsOf({ ...official, nip: '19850712 201001 1 001', phone: ' 0812 ', positionId: 'P1' }),
    ).toEqual({
      nip: '198507122010011001',
      name: 'Budi Santoso',
      positionId: 'P1',
      email: null,
      phone: '0812',
    });
    expect(officialFieldsOf(official).positionId).toBeNull();
  });
});

describe('childKindOf', () => {
  it('follows tenant → OPD → bidang → seksi, and a seksi has nothing under it', () => {
    expect(childKindOf('TENANT')).toBe('OPD');
    expect(childKindOf('OPD')).toBe('DIVISION');
    expect(childKindOf('DIVISION')).toBe('SECTION');
    expect(childKindOf('SECTION')).toBeNull();
  });
});
