// Which scope the wall shows: `?scope=<id>` when given; for a logged-in user, the widest scope of
// their roles; for a wall device (`me` is null) the first tenant it can read, or else the first
// OPD it can read (a device registered on one OPD). The API has no field naming a device's scope.
import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import type { ViewerRole } from '../../auth/types/ViewerRole';
import { primaryScope } from '../../auth/utils/primaryScope';
import { WallReadableNodeDocument } from '../graphql/readableNodeQuery.generated';
import { WallViewerDocument } from '../graphql/wallViewerQuery.generated';

const RETRY_MS = 15_000;

export type WallScopeState =
  | { status: 'loading' }
  | { status: 'ready'; scopeId: string; isUser: boolean; roles: readonly ViewerRole[] }
  | { status: 'unauthorised' }
  | { status: 'error' };

export function useWallScope(requested: string | null): WallScopeState {
  const viewer = useQuery(WallViewerDocument, { fetchPolicy: 'network-only' });
  const me = viewer.data?.me ?? null;
  const firstTenant = viewer.data?.tenants[0]?.id ?? null;
  const needsCheck = !requested && !!viewer.data && !me && !!firstTenant;
  const tenantCheck = useQuery(WallReadableNodeDocument, {
    variables: { id: firstTenant ?? '' },
    skip: !needsCheck,
    fetchPolicy: 'network-only',
  });

  // An unattended screen must recover from a failed start (server down at boot) by itself.
  const failed = (!!viewer.error && !viewer.data) || (!!tenantCheck.error && !tenantCheck.data);
  const { refetch: refetchViewer } = viewer;
  const { refetch: refetchCheck } = tenantCheck;
  useEffect(() => {
    if (!failed) return;
    const timer = setTimeout(() => {
      void refetchViewer().catch(() => undefined);
      if (needsCheck) void refetchCheck().catch(() => undefined);
    }, RETRY_MS);
    return () => clearTimeout(timer);
  }, [failed, needsCheck, refetchViewer, refetchCheck, viewer.error, tenantCheck.error]);

  if (failed) return { status: 'error' };
  if (!viewer.data) return { status: 'loading' };
  const roles = me?.roles ?? [];
  if (requested) return { status: 'ready', scopeId: requested, isUser: !!me, roles };
  if (me) {
    const scope = primaryScope(me.roles);
    return scope
      ? { status: 'ready', scopeId: scope.scope.id, isUser: true, roles }
      : { status: 'unauthorised' };
  }
  if (!firstTenant) return { status: 'unauthorised' };
  if (!tenantCheck.data) return { status: 'loading' };
  if (tenantCheck.data.node) return { status: 'ready', scopeId: firstTenant, isUser: false, roles };
  const opd = viewer.data.tenants.flatMap((t) => t.opds)[0];
  return opd ? { status: 'ready', scopeId: opd.id, isUser: false, roles } : { status: 'unauthorised' };
}
