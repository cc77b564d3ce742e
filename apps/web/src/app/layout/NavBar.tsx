// The desk navigation: links by role, the user, the language switch and logout.
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useLogout } from '../../modules/auth/hooks/useLogout';
import { useMe } from '../../modules/auth/hooks/useMe';
import { dashboardPathFor } from '../../modules/auth/utils/homePathFor';
import { mayOpenWall } from '../../modules/auth/utils/mayOpenWall';
import { readsAudit } from '../../modules/audit/utils/readsAudit';
import { administers, entersData, followsReporting, verifies } from '../../modules/auth/utils/roleAbilities';
import { NotificationBell } from '../../modules/notifications/components/NotificationBell';
import { OwnSkpNavLink } from '../../modules/skp/components/OwnSkpNavLink';
import { Button } from '../../ui/Button';
import { LanguageSwitch } from './LanguageSwitch';

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-lg px-3 py-2 font-medium ${isActive ? 'bg-accent text-accent-ink' : 'text-ink hover:bg-surface'}`;

export function NavBar() {
  const { t } = useTranslation();
  const { me } = useMe();
  const { logout, pending } = useLogout();
  const roles = me?.roles ?? [];
  return (
    <header className="border-b border-line bg-surface-raised print:hidden">
      <nav
        aria-label={t('nav.label')}
        className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2"
      >
        <span className="mr-auto text-lg font-bold">{t('app.name')}</span>
        {me ? (
          <>
            <NavLink to={dashboardPathFor(roles)} end className={linkClass}>
              {t('nav.dashboard')}
            </NavLink>
            {entersData(roles) ? (
              <NavLink to="/entry" className={linkClass}>
                {t('nav.entry')}
              </NavLink>
            ) : null}
            {verifies(roles) ? (
              <NavLink to="/verify" className={linkClass}>
                {t('nav.verify')}
              </NavLink>
            ) : null}
            {followsReporting(roles) ? (
              <NavLink to="/board" className={linkClass}>
                {t('nav.board')}
              </NavLink>
            ) : null}
            {followsReporting(roles) ? (
              <NavLink to="/skp" className={linkClass}>
                {t('nav.skp')}
              </NavLink>
            ) : null}
            <OwnSkpNavLink className={linkClass} />
            {readsAudit(roles) ? (
              <NavLink to="/audit" className={linkClass}>
                {t('nav.audit')}
              </NavLink>
            ) : null}
            {administers(roles) ? (
              <NavLink to="/admin" className={linkClass}>
                {t('nav.admin')}
              </NavLink>
            ) : null}
            {mayOpenWall(roles) ? (
              <NavLink to="/wall" className={linkClass}>
                {t('nav.wall')}
              </NavLink>
            ) : null}
          </>
        ) : null}
        <LanguageSwitch />
        {me ? (
          <>
            <NotificationBell />
            <NavLink to="/account/notifications" className={linkClass} data-testid="nav-user">
              {me.displayName}
            </NavLink>
            <NavLink to="/account/sessions" className={linkClass} data-testid="nav-sessions">
              {t('nav.sessions')}
            </NavLink>
            <Button tone="quiet" onClick={() => void logout()} disabled={pending}>
              {t('nav.logout')}
            </Button>
          </>
        ) : null}
      </nav>
    </header>
  );
}
