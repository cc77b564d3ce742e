import { describe, expect, it } from 'vitest';
import { childUnitKind, createOfficialInput, nipProblem } from './orgInputs';

describe('nipProblem', () => {
  it('accepts a NIP of a woman born 12 March 1985, appointed January 2010', () => {
    expect(nipProblem('198503122010012003')).toBeNull();
  });

  it('names the part of the NIP that is wrong', () => {
    expect(nipProblem('198502302010012003')).toBe('birthDate'); // 30 February
    expect(nipProblem('185003122010012003')).toBe('birthDate'); // before 1900
    expect(nipProblem('198503122010132003')).toBe('appointment'); // month 13
    expect(nipProblem('198503121980012003')).toBe('appointment'); // before birth
    expect(nipProblem('198503122010013003')).toBe('sex');
  });
});

describe('createOfficialInput', () => {
  it('refuses a NIP that is not 18 digits and an e-mail without a domain', () => {
    const short = createOfficialInput.safeParse({ nip: '19850312', name: 'Baiq Nurul' });
    expect(short.error?.issues[0]?.path).toEqual(['nip']);
    const email = createOfficialInput.safeParse({ nip: '198503122010012003', name: 'Baiq', email: 'baiq@' });
    expect(email.error?.issues[0]?.path).toEqual(['email']);
  });

  it('treats blank contact fields as none', () => {
    const parsed = createOfficialInput.parse({
      nip: '198503122010012003',
      name: ' Baiq ',
      email: '',
      phone: ' ',
    });
    expect(parsed).toMatchObject({ name: 'Baiq', email: null, phone: null });
    expect(createOfficialInput.parse({ nip: '198503122010012003', name: 'Baiq' }).email).toBeUndefined();
  });
});

describe('childUnitKind', () => {
  it('puts OPDs under a tenant, bidang under an OPD, seksi under a bidang, nothing under a seksi', () => {
    expect([
      childUnitKind('TENANT'),
      childUnitKind('OPD'),
      childUnitKind('DIVISION'),
      childUnitKind('SECTION'),
    ]).toEqual(['OPD', 'DIVISION', 'SECTION', null]);
  });
});
