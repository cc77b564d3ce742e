// `/admin`: the administrator's sections, one tab each.
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';

const tabClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-lg px-3 py-2 font-medium ${isActive ? 'bg-accent text-accent-ink' : 'border border-line text-ink hover:bg-surface'}`;

export function AdminLayout() {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t('admin.title')}</h1>
      <nav aria-label={t('admin.sections')} className="flex flex-wrap gap-2">
        <NavLink to="/admin/org" className={tabClass}>
          {t('admin.tabs.org')}
        </NavLink>
        <NavLink to="/admin/scorecards" className={tabClass}>
          {t('admin.tabs.scorecards')}
        </NavLink>
        <NavLink to="/admin/indicators" className={tabClass}>
          {t('admin.tabs.indicators')}
        </NavLink>
        <NavLink to="/admin/users" className={tabClass}>
          {t('admin.tabs.users')}
        </NavLink>
        <NavLink to="/admin/devices" className={tabClass}>
          {t('admin.tabs.devices')}
        </NavLink>
        <NavLink to="/admin/periods" className={tabClass}>
          {t('admin.tabs.periods')}
        </NavLink>
        <NavLink to="/admin/agreements" className={tabClass}>
          {t('admin.tabs.agreements')}
        </NavLink>
        <NavLink to="/admin/settings" className={tabClass}>
          {t('admin.tabs.settings')}
        </NavLink>
        <NavLink to="/admin/budget" className={tabClass}>
          {t('admin.tabs.budget')}
        </NavLink>
        <NavLink to="/admin/onboarding" className={tabClass}>
          {t('admin.tabs.onboarding')}
        </NavLink>
        <NavLink to="/audit" className={tabClass}>
          {t('admin.tabs.audit')}
        </NavLink>
      </nav>
      <Outlet />
    </div>
  );
}
