// Which scope the wall shows and which panels: `?scope=<id>` when given; for a registered wall
// device, the scope and playlist its administrator set; for a logged-in user, the widest scope
// of their roles.
import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import type { ViewerRole } from '../../auth/types/ViewerRole';
import { primaryScope } from '../../auth/utils/primaryScope';
import { WallViewerDocument } from '../graphql/wallViewerQuery.generated';

const RETRY_MS = 15_000;

export type WallScopeState =
  | { status: 'loading' }
  | {
      status: 'ready';
      scopeId: string;
      isUser: boolean;
      roles: readonly ViewerRole[];
      /** The device's stored playlist (null for a user's session). */
      playlist: readonly string[] | null;
    }
  | { status: 'unauthorised' }
  | { status: 'error' };

export function useWallScope(requested: string | null): WallScopeState {
  const viewer = useQuery(WallViewerDocument, { fetchPolicy: 'network-only' });

  // An unattended screen must recover from a failed start (server down at boot) by itself.
  const failed = !!viewer.error && !viewer.data;
  const { refetch } = viewer;
  useEffect(() => {
    if (!failed) return;
    const timer = setTimeout(() => void refetch().catch(() => undefined), RETRY_MS);
    return () => clearTimeout(timer);
  }, [failed, refetch, viewer.error]);

  if (failed) return { status: 'error' };
  if (!viewer.data) return { status: 'loading' };
  const me = viewer.data.me ?? null;
  const device = viewer.data.wallDevice ?? null;
  const roles = me?.roles ?? [];
  const playlist = device?.playlist ?? null;
  if (requested) return { status: 'ready', scopeId: requested, isUser: !!me, roles, playlist };
  if (device) return { status: 'ready', scopeId: device.scope.id, isUser: false, roles, playlist };
  const scope = me ? primaryScope(me.roles) : null;
  return scope
    ? { status: 'ready', scopeId: scope.scope.id, isUser: true, roles, playlist: null }
    : { status: 'unauthorised' };
}
