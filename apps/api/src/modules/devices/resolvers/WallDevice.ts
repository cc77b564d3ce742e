// A wall device as clients see it: global ids, its scope node, the playlist's panels, ISO times.
import type { WallDeviceResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';
import { scopeNode } from '../../org/providers/orgLoaders';
import { panelsOf } from '../lib/wallPlaylist';

export const WallDevice: WallDeviceResolvers = {
  id: (d) => toGlobalId('WallDevice', d.id),
  scope: (d, _, ctx) =>
    scopeNode(ctx, d.orgUnitId ? { type: 'OrgUnit', id: d.orgUnitId } : { type: 'Tenant', id: d.tenantId }),
  playlist: (d) => panelsOf(d.playlist),
  createdAt: (d) => d.createdAt.toISOString(),
  lastSeenAt: (d) => d.lastSeenAt?.toISOString() ?? null,
  revokedAt: (d) => d.revokedAt?.toISOString() ?? null,
};
