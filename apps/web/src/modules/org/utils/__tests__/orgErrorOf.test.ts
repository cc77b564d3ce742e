import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { inUseItemsOf } from '../inUseItemsOf';
import { orgErrorOf } from '../orgErrorOf';
import { orgMessages } from '../orgMessages';

const apiError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions }] });
const refused = (field: string, rule: string, params?: unknown) =>
  apiError({ code: 'BAD_USER_INPUT', field, rule, ...(params ? { params } : {}) });

describe('orgErrorOf', () => {
  const unitForm = ['code', 'name', 'shortName'];

  it('puts a refused field next to that field', () => {
    expect(orgErrorOf(refused('code', 'unique'), unitForm)).toEqual({
      field: 'code',
      key: 'org.errors.codeTaken',
    });
    expect(orgErrorOf(refused('code', 'invalid_format'), unitForm)).toEqual({
      field: 'code',
      key: 'org.errors.codeFormat',
    });
    expect(orgErrorOf(refused('name', 'too_small'), unitForm)).toEqual({
      field: 'name',
      key: 'org.errors.required',
    });
    expect(orgErrorOf(refused('shortName', 'too_big'), unitForm)).toEqual({
      field: 'shortName',
      key: 'org.errors.tooLong',
    });
    expect(orgErrorOf(refused('title', 'unique'), ['title', 'level'])).toEqual({
      field: 'title',
      key: 'org.errors.titleTaken',
    });
    expect(orgErrorOf(refused('level', 'invalid_value'), ['title', 'level'])).toEqual({
      field: 'level',
      key: 'org.errors.level',
    });
  });

  it('says which NIP rule was broken, and a NIP already registered', () => {
    const form = ['nip', 'name', 'positionId', 'email', 'phone'];
    expect(orgErrorOf(refused('nip', 'unique'), form).key).toBe('org.errors.nipTaken');
    expect(orgErrorOf(refused('nip', 'birthDate'), form).key).toBe('org.errors.nipBirthDate');
    expect(orgErrorOf(refused('nip', 'appointment'), form).key).toBe('org.errors.nipAppointment');
    expect(orgErrorOf(refused('nip', 'sex'), form).key).toBe('org.errors.nipSex');
    expect(orgErrorOf(refused('nip', 'invalid_format'), form)).toEqual({
      field: 'nip',
      key: 'org.errors.nipDigits',
    });
    expect(orgErrorOf(refused('email', 'invalid_format'), form)).toEqual({
      field: 'email',
      key: 'org.errors.email',
    });
    expect(orgErrorOf(refused('phone', 'invalid_format'), form)).toEqual({
      field: 'phone',
      key: 'org.errors.phone',
    });
    expect(orgErrorOf(refused('positionId', 'held'), form)).toEqual({
      field: 'positionId',
      key: 'org.errors.positionHeld',
      reload: true,
    });
  });

  it('puts a refusal of a field the form does not have on the form', () => {
    expect(orgErrorOf(refused('positionId', 'held'), [])).toEqual({
      field: 'form',
      key: 'org.errors.positionHeld',
      reload: true,
    });
    expect(orgErrorOf(refused('clientMutationId', 'reusedWithDifferentInput'), unitForm)).toEqual({
      field: 'form',
      key: 'org.errors.invalidField',
      params: { field: 'clientMutationId' },
    });
  });

  it('maps a weight by its index to its perspective, and the sum to the weights', () => {
    const form = ['name', 'weights', 'weights.STAKEHOLDER', 'weights.CUSTOMER'];
    expect(orgErrorOf(refused('weights.1.weight', 'too_big'), form)).toEqual({
      field: 'weights.CUSTOMER',
      key: 'org.errors.weightRange',
    });
    expect(orgErrorOf(refused('weights', 'sumTo100'), form)).toEqual({
      field: 'weights',
      key: 'org.errors.sumTo100',
    });
    expect(orgErrorOf(refused('weights', 'incomplete'), form)).toEqual({
      field: 'weights',
      key: 'org.errors.weightsIncomplete',
    });
  });

  it('explains the tree rules on the form', () => {
    expect(orgErrorOf(refused('parentId', 'tooDeep'), unitForm)).toEqual({
      field: 'form',
      key: 'org.errors.tooDeep',
    });
    expect(orgErrorOf(refused('parentId', 'notFound'), unitForm)).toEqual({
      field: 'form',
      key: 'org.errors.gone',
      reload: true,
    });
    expect(orgErrorOf(refused('parentTenantId', 'notProvince'), unitForm).key).toBe('org.errors.notProvince');
    expect(orgErrorOf(refused('ownerId', 'unique'), []).key).toBe('org.errors.scorecardExists');
    expect(orgErrorOf(refused('ownerId', 'noPosition'), []).key).toBe('org.errors.noPosition');
    expect(orgErrorOf(refused('year', 'too_small'), []).key).toBe('org.errors.year');
  });

  it('keeps what still hangs on a unit that cannot be deleted', () => {
    expect(orgErrorOf(refused('orgUnitId', 'inUse', { children: 2, positions: 1 }), [])).toEqual({
      field: 'form',
      key: 'org.errors.inUse',
      params: { counts: { children: 2, positions: 1 } },
    });
  });

  it('counts the objectives of a scorecard that cannot be deleted, and reloads when it is gone', () => {
    expect(orgErrorOf(refused('scorecardId', 'inUse', { objectives: 3 }), [])).toEqual({
      field: 'form',
      key: 'org.errors.scorecardInUse',
      params: { count: 3 },
    });
    expect(orgErrorOf(refused('scorecardId', 'notFound'), [])).toEqual({
      field: 'form',
      key: 'org.errors.gone',
      reload: true,
    });
  });

  it('maps codes and network failures onto the form', () => {
    expect(orgErrorOf(apiError({ code: 'FORBIDDEN' }), unitForm)).toEqual({
      field: 'form',
      key: 'org.errors.forbidden',
    });
    expect(orgErrorOf(apiError({ code: 'NOT_FOUND' }), unitForm)).toEqual({
      field: 'form',
      key: 'org.errors.gone',
      reload: true,
    });
    expect(orgErrorOf(apiError({ code: 'UNAUTHENTICATED' }), unitForm).key).toBe('org.errors.session');
    expect(orgErrorOf(apiError({ code: 'INTERNAL_SERVER_ERROR' }), unitForm).key).toBe('org.errors.unknown');
    expect(orgErrorOf(new TypeError('Failed to fetch'), unitForm)).toEqual({
      field: 'form',
      key: 'org.errors.network',
    });
  });
});

describe('inUseItemsOf and orgMessages', () => {
  it('lists the non-zero counts in a fixed order', () => {
    expect(inUseItemsOf({ devices: 1, children: 2, positions: 0 })).toEqual([
      { key: 'org.inUse.children', count: 2 },
      { key: 'org.inUse.devices', count: 1 },
    ]);
    expect(inUseItemsOf(undefined)).toEqual([]);
  });

  it('puts the counts into words before the message', () => {
    const t = (key: string, params?: Record<string, unknown>) => `${key}${JSON.stringify(params ?? {})}`;
    const messageOf = orgMessages(
      [{ field: 'form', key: 'org.errors.inUse', params: { counts: { children: 1, scorecards: 2 } } }],
      t,
    );
    expect(messageOf('form')).toBe(
      'org.errors.inUse{"items":["org.inUse.children{\\"count\\":1}","org.inUse.scorecards{\\"count\\":2}"]}',
    );
    expect(messageOf('code')).toBeNull();
  });
});
