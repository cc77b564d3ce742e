import { describe, expect, it } from 'vitest';
import { validateDevice } from '../validateDevice';
import { validatePlaylist } from '../validatePlaylist';

const draft = { name: 'Layar Ruang Rapat', scopeId: 'Tenant:1', playlist: new Set(['nko'] as const) };

describe('validateDevice', () => {
  it('accepts a named device with a scope and a panel', () => {
    expect(validateDevice(draft)).toEqual([]);
  });
  it('asks for a name, at most 100 characters after trimming', () => {
    expect(validateDevice({ ...draft, name: '   ' })).toEqual([
      { field: 'name', key: 'devices.errors.nameRequired' },
    ]);
    expect(validateDevice({ ...draft, name: ` ${'x'.repeat(100)} ` })).toEqual([]);
    expect(validateDevice({ ...draft, name: 'x'.repeat(101) })).toEqual([
      { field: 'name', key: 'devices.errors.nameTooLong', params: { max: 100 } },
    ]);
  });
  it('asks for a scope and at least one panel, each next to its field', () => {
    expect(validateDevice({ name: '', scopeId: '', playlist: new Set() }).map((e) => e.field)).toEqual([
      'name',
      'scopeId',
      'playlist',
    ]);
    expect(validatePlaylist(new Set())).toEqual([
      { field: 'playlist', key: 'devices.errors.playlistRequired' },
    ]);
    expect(validatePlaylist(new Set(['ranking']))).toEqual([]);
  });
});
