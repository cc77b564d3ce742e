import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { deviceErrorOf } from '../deviceErrorOf';

const apiError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions }] });

describe('deviceErrorOf', () => {
  it('puts a bad name next to the name field', () => {
    expect(deviceErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'name', rule: 'too_small' }))).toEqual({
      field: 'name',
      key: 'devices.errors.nameRequired',
    });
    expect(deviceErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'name', rule: 'too_big' }))).toEqual({
      field: 'name',
      key: 'devices.errors.nameTooLong',
      params: { max: 100 },
    });
  });

  it('puts a bad panel, or none, next to the panel list', () => {
    expect(
      deviceErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'playlist.1', rule: 'invalid_value' })),
    ).toEqual({ field: 'playlist', key: 'devices.errors.playlistUnknown' });
    expect(
      deviceErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'playlist.2', rule: 'duplicate' })),
    ).toEqual({
      field: 'playlist',
      key: 'devices.errors.playlistDuplicate',
    });
    expect(deviceErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'playlist', rule: 'too_small' }))).toEqual(
      {
        field: 'playlist',
        key: 'devices.errors.playlistRequired',
      },
    );
  });

  it('puts a bad scope next to the scope field', () => {
    expect(deviceErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'scopeId', rule: 'notFound' }))).toEqual({
      field: 'scopeId',
      key: 'devices.errors.scopeInvalid',
    });
  });

  it('asks for a reload when the device was revoked or is gone', () => {
    expect(deviceErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'deviceId', rule: 'revoked' }))).toEqual({
      field: 'form',
      key: 'devices.errors.revoked',
      reload: true,
    });
    expect(deviceErrorOf(apiError({ code: 'NOT_FOUND' }))).toEqual({
      field: 'form',
      key: 'devices.errors.gone',
      reload: true,
    });
  });

  it('puts other problems on the form', () => {
    expect(deviceErrorOf(apiError({ code: 'FORBIDDEN' })).key).toBe('devices.errors.forbidden');
    expect(deviceErrorOf(apiError({ code: 'UNAUTHENTICATED' })).key).toBe('devices.errors.session');
    expect(
      deviceErrorOf(
        apiError({ code: 'BAD_USER_INPUT', field: 'clientMutationId', rule: 'reusedWithDifferentInput' }),
      ),
    ).toEqual({ field: 'form', key: 'devices.errors.invalid', params: { field: 'clientMutationId' } });
    expect(deviceErrorOf(apiError({ code: 'INTERNAL_SERVER_ERROR' })).key).toBe('devices.errors.unknown');
    expect(deviceErrorOf(new TypeError('Failed to fetch'))).toEqual({
      field: 'form',
      key: 'devices.errors.network',
    });
  });
});
