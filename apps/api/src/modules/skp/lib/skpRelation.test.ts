import { describe, expect, it } from 'vitest';
import { skpRelation } from './skpRelation';

const official = { id: 'o-staff', parentPositionId: 'p-head' };

describe('skpRelation', () => {
  it('knows the official themselves', () => {
    expect(skpRelation({ officialId: 'o-staff', positionId: 'p-staff' }, official)).toBe('SELF');
  });

  it('knows the direct supervisor by the parent position they hold', () => {
    expect(skpRelation({ officialId: 'o-head', positionId: 'p-head' }, official)).toBe('SUPERVISOR');
  });

  it('anyone else, a viewer without an official, or a viewer without a position is OTHER', () => {
    expect(skpRelation({ officialId: 'o-peer', positionId: 'p-peer' }, official)).toBe('OTHER');
    expect(skpRelation(null, official)).toBe('OTHER');
    expect(
      skpRelation({ officialId: 'o-x', positionId: null }, { id: 'o-top', parentPositionId: null }),
    ).toBe('OTHER');
  });
});
