// `/`: every user has a home depending on their roles (see homePathFor).
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../../modules/auth/hooks/useMe';
import { homePathFor } from '../../modules/auth/utils/homePathFor';

export function HomeRedirect() {
  const { me } = useMe();
  const location = useLocation();
  // Keep a notice that was meant for the home page.
  return <Navigate to={homePathFor(me?.roles ?? [])} replace state={location.state as unknown} />;
}
