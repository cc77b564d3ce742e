// Guards a route by the user's roles: someone who may not see it is sent to their home route,
// where the layout explains why.
import { Navigate, Outlet } from 'react-router';
import { useMe } from '../../modules/auth/hooks/useMe';
import type { ViewerRole } from '../../modules/auth/types/ViewerRole';
import { homePathFor } from '../../modules/auth/utils/homePathFor';
import type { RouteNotice } from './RouteNotice';

export function RequireAccess({ allow }: { allow: (roles: readonly ViewerRole[]) => boolean }) {
  const { me } = useMe();
  const roles = me?.roles ?? [];
  if (allow(roles)) return <Outlet />;
  return <Navigate to={homePathFor(roles)} replace state={{ notice: 'forbidden' } satisfies RouteNotice} />;
}
