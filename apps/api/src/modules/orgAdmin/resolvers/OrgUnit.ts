// OrgUnit.positions: a unit's positions, batched for a whole tree; none for a unit the viewer may
// not read (a unit reached through a path that does not check it, such as a role's scope).
import type { OrgUnitResolvers } from '../../../generated/resolverTypes';
import { unitScopePath } from '../../org/providers/orgLoaders';
import { can } from '../../policy/lib/policy';
import { staffLoaders } from '../providers/staffLoaders';

export const OrgUnit: Pick<OrgUnitResolvers, 'positions' | '__isTypeOf'> = {
  positions: async (u, _args, ctx) => {
    if (!can(ctx.viewer, 'read', await unitScopePath(ctx, u))) return [];
    return (await staffLoaders(ctx).positionsByUnit.load(u.id)).map((p) => ({
      ...p,
      __typename: 'Position' as const,
    }));
  },
};
