// OrgUnit.positions: a unit's positions, batched for a whole tree.
import type { OrgUnitResolvers } from '../../../generated/resolverTypes';
import { staffLoaders } from '../providers/staffLoaders';

export const OrgUnit: Pick<OrgUnitResolvers, 'positions' | '__isTypeOf'> = {
  positions: async (u, _args, ctx) =>
    (await staffLoaders(ctx).positionsByUnit.load(u.id)).map((p) => ({
      ...p,
      __typename: 'Position' as const,
    })),
};
