import { describe, expect, it } from 'vitest';
import type { Role } from '@ekinerja/db';
import { can, scopesFor, type Viewer } from './policy';

const PROVINCE = 'prov';
const REGENCY = 'kab';
const DIKES = 'dikes';
const PUPR = 'pupr';
const dikesSection = [PROVINCE, DIKES, 'dikes-div', 'dikes-sec'];
const puprUnit = [PROVINCE, PUPR];
const regencyUnit = [PROVINCE, REGENCY, 'kab-dikes'];

const user = (role: Role, scopeId: string): Viewer => ({
  kind: 'user',
  userId: 'u',
  username: 'u',
  displayName: 'U',
  sessionId: 's',
  grants: [{ role, scopeId }],
});

describe('policy', () => {
  it('denies everything to an anonymous viewer', () => {
    expect(can({ kind: 'anonymous' }, 'read', dikesSection)).toBe(false);
  });

  it('lets a leader of the province read every OPD and kabupaten/kota below it, and write directives', () => {
    const leader = user('LEADER', PROVINCE);
    expect(can(leader, 'read', dikesSection)).toBe(true);
    expect(can(leader, 'read', regencyUnit)).toBe(true);
    expect(can(leader, 'writeDirective', puprUnit)).toBe(true);
    expect(can(leader, 'verify', puprUnit)).toBe(false);
    expect(can(leader, 'administer', puprUnit)).toBe(false);
  });

  it('keeps a unit head inside their OPD', () => {
    const head = user('UNIT_HEAD', DIKES);
    expect(can(head, 'read', dikesSection)).toBe(true);
    expect(can(head, 'verify', dikesSection)).toBe(true);
    expect(can(head, 'read', puprUnit)).toBe(false);
    expect(can(head, 'read', [PROVINCE])).toBe(false);
    expect(can(head, 'enterData', dikesSection)).toBe(false);
  });

  it('lets an operator enter data only in their scope', () => {
    const operator = user('OPERATOR', PUPR);
    expect(can(operator, 'enterData', puprUnit)).toBe(true);
    expect(can(operator, 'enterData', dikesSection)).toBe(false);
    expect(can(operator, 'verify', puprUnit)).toBe(false);
  });

  it('gives a wall device read access to its one scope and nothing else', () => {
    const device: Viewer = { kind: 'device', deviceId: 'd', scopeId: PROVINCE };
    expect(can(device, 'read', dikesSection)).toBe(true);
    expect(can(device, 'writeDirective', dikesSection)).toBe(false);
    expect(can({ kind: 'device', deviceId: 'd', scopeId: DIKES }, 'read', puprUnit)).toBe(false);
    expect(scopesFor(device, 'verify')).toEqual([]);
  });

  it('lists the scopes where an action is allowed', () => {
    const viewer: Viewer = {
      kind: 'user',
      userId: 'u',
      username: 'u',
      displayName: 'U',
      sessionId: 's',
      grants: [
        { role: 'OPERATOR', scopeId: PUPR },
        { role: 'VIEWER', scopeId: PROVINCE },
      ],
    };
    expect(scopesFor(viewer, 'read').sort()).toEqual([PROVINCE, PUPR].sort());
    expect(scopesFor(viewer, 'enterData')).toEqual([PUPR]);
    expect(scopesFor({ kind: 'anonymous' }, 'read')).toEqual([]);
  });
});
