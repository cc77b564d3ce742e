import { describe, expect, it } from 'vitest';
import type { ViewerRole } from '../../types/ViewerRole';
import { homePathFor } from '../homePathFor';
import { mayOpenWall } from '../mayOpenWall';
import { primaryScope } from '../primaryScope';

const tenant = (id: string) => ({ __typename: 'Tenant' as const, id });
const unit = (id: string) => ({ __typename: 'OrgUnit' as const, id });

describe('homePathFor', () => {
  it('sends tenant-wide leaders and administrators to the province dashboard', () => {
    expect(homePathFor([{ role: 'LEADER', scope: tenant('Tenant:ntb') }])).toBe('/dashboard');
    expect(homePathFor([{ role: 'SUPER_ADMIN', scope: tenant('Tenant:ntb') }])).toBe('/dashboard');
  });
  it('sends unit heads to their own unit and operators to their reporting inbox', () => {
    expect(homePathFor([{ role: 'UNIT_HEAD', scope: unit('OrgUnit:dikes') }])).toBe(
      '/dashboard/OrgUnit%3Adikes',
    );
    expect(homePathFor([{ role: 'OPERATOR', scope: unit('OrgUnit:dikes') }])).toBe('/entry');
    expect(
      homePathFor([
        { role: 'OPERATOR', scope: unit('OrgUnit:dikes') },
        { role: 'UNIT_HEAD', scope: unit('OrgUnit:dikes') },
      ]),
    ).toBe('/dashboard/OrgUnit%3Adikes');
  });
  it('falls back to the dashboard without roles', () => {
    expect(homePathFor([])).toBe('/dashboard');
  });
});

describe('primaryScope', () => {
  it('prefers a tenant-wide scope, then the strongest role', () => {
    const roles: ViewerRole[] = [
      { role: 'OPERATOR', scope: unit('OrgUnit:a') },
      { role: 'UNIT_HEAD', scope: unit('OrgUnit:b') },
    ];
    expect(primaryScope(roles)?.scope.id).toBe('OrgUnit:b');
    expect(primaryScope([...roles, { role: 'VIEWER', scope: tenant('Tenant:t') }])?.scope.id).toBe(
      'Tenant:t',
    );
    expect(primaryScope([])).toBeNull();
  });
});

describe('mayOpenWall', () => {
  it('keeps operators on their entry work', () => {
    expect(mayOpenWall([{ role: 'OPERATOR', scope: unit('OrgUnit:a') }])).toBe(false);
    expect(mayOpenWall([{ role: 'UNIT_HEAD', scope: unit('OrgUnit:a') }])).toBe(true);
  });
});
