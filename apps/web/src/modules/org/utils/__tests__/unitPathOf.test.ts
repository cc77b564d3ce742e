import { describe, expect, it } from 'vitest';
import type { OrgTreeUnit } from '../../types/OrgTreeUnit';
import { unitPathOf } from '../unitPathOf';

const unit = (id: string, children?: OrgTreeUnit[]): OrgTreeUnit => ({
  id,
  code: id,
  name: id,
  shortName: id,
  kind: 'OPD',
  scorecard: null,
  positions: [],
  children,
});

const tree = [unit('dikes', [unit('p2p', [unit('imunisasi')]), unit('yankes')]), unit('pupr')];

describe('unitPathOf', () => {
  it('gives the units from the OPD down to the unit', () => {
    expect(unitPathOf(tree, 'imunisasi')?.map((u) => u.id)).toEqual(['dikes', 'p2p', 'imunisasi']);
    expect(unitPathOf(tree, 'pupr')?.map((u) => u.id)).toEqual(['pupr']);
  });

  it('is null for a unit the tree no longer has', () => {
    expect(unitPathOf(tree, 'gone')).toBeNull();
  });
});
