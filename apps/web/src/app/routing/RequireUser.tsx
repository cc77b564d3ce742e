// Desk routes need a logged-in user; anyone else goes to the login page (and comes back after).
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../../modules/auth/hooks/useMe';
import { LoadingState } from '../../ui/LoadingState';
import { Notice } from '../../ui/Notice';

export function RequireUser() {
  const { t } = useTranslation();
  const { me, loading, error } = useMe();
  const location = useLocation();
  if (loading) return <LoadingState className="p-6" />;
  if (error && !me)
    return (
      <Notice tone="error" className="m-6">
        {t('common.loadFailed')}
      </Notice>
    );
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return <Outlet />;
}
