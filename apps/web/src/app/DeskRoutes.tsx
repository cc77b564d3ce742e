// The desk app (everything but the wall): navigation layout, login, and the pages behind it,
// each page loaded on demand. Users without a role for a route are sent home with a notice.
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { DESK_NAMESPACE } from '../i18n/i18n';
import { administers, entersData, followsReporting, verifies } from '../modules/auth/utils/roleAbilities';
import { seesProvince } from '../modules/auth/utils/seesProvince';
import { readsAudit } from '../modules/audit/utils/readsAudit';
import { AppLayout } from './layout/AppLayout';
import { HomeRedirect } from './routing/HomeRedirect';
import { RequireAccess } from './routing/RequireAccess';
import { RequireUser } from './routing/RequireUser';

const LoginPage = lazy(async () => ({
  default: (await import('../modules/auth/components/LoginPage')).LoginPage,
}));
const DashboardPage = lazy(async () => ({
  default: (await import('../modules/dashboard/components/DashboardPage')).DashboardPage,
}));
const OfficialPage = lazy(async () => ({
  default: (await import('../modules/dashboard/components/OfficialPage')).OfficialPage,
}));
const EntryPage = lazy(async () => ({
  default: (await import('../modules/entry/components/EntryPage')).EntryPage,
}));
const VerifyPage = lazy(async () => ({
  default: (await import('../modules/verify/components/VerifyPage')).VerifyPage,
}));
const AdminLayout = lazy(async () => ({
  default: (await import('../modules/admin/components/AdminLayout')).AdminLayout,
}));
const IndicatorAdminPage = lazy(async () => ({
  default: (await import('../modules/admin/components/IndicatorAdminPage')).IndicatorAdminPage,
}));
const WallDevicesPage = lazy(async () => ({
  default: (await import('../modules/devices/components/WallDevicesPage')).WallDevicesPage,
}));
const PeriodLocksPage = lazy(async () => ({
  default: (await import('../modules/periods/components/PeriodLocksPage')).PeriodLocksPage,
}));
const TenantSettingsPage = lazy(async () => ({
  default: (await import('../modules/settings/components/TenantSettingsPage')).TenantSettingsPage,
}));
const ReportPage = lazy(async () => ({
  default: (await import('../modules/report/components/ReportPage')).ReportPage,
}));
const UsersPage = lazy(async () => ({
  default: (await import('../modules/users/components/UsersPage')).UsersPage,
}));
const OrgAdminPage = lazy(async () => ({
  default: (await import('../modules/org/components/OrgAdminPage')).OrgAdminPage,
}));
const ScorecardAdminPage = lazy(async () => ({
  default: (await import('../modules/scorecards/components/ScorecardAdminPage')).ScorecardAdminPage,
}));
const BudgetRevisionPage = lazy(async () => ({
  default: (await import('../modules/budget/components/BudgetRevisionPage')).BudgetRevisionPage,
}));
const OnboardingPage = lazy(async () => ({
  default: (await import('../modules/onboarding/components/OnboardingPage')).OnboardingPage,
}));
const AuditPage = lazy(async () => ({
  default: (await import('../modules/audit/components/AuditPage')).AuditPage,
}));
const ReportingBoardPage = lazy(async () => ({
  default: (await import('../modules/reporting/components/ReportingBoardPage')).ReportingBoardPage,
}));
const AgreementPrintPage = lazy(async () => ({
  default: (await import('../modules/agreements/components/AgreementPrintPage')).AgreementPrintPage,
}));
const UnsignedAgreementsPage = lazy(async () => ({
  default: (await import('../modules/agreements/components/UnsignedAgreementsPage')).UnsignedAgreementsPage,
}));
const SkpOverviewPage = lazy(async () => ({
  default: (await import('../modules/skp/components/SkpOverviewPage')).SkpOverviewPage,
}));
const OwnSkpPage = lazy(async () => ({
  default: (await import('../modules/skp/components/OwnSkpPage')).OwnSkpPage,
}));
const SkpAppraisalPage = lazy(async () => ({
  default: (await import('../modules/skp/components/SkpAppraisalPage')).SkpAppraisalPage,
}));
const IndicatorPage = lazy(async () => ({
  default: (await import('../modules/indicator/components/IndicatorPage')).IndicatorPage,
}));

const NotificationPreferencesPage = lazy(async () => ({
  default: (await import('../modules/notifications/components/NotificationPreferencesPage'))
    .NotificationPreferencesPage,
}));
const SessionsPage = lazy(async () => ({
  default: (await import('../modules/auth/components/SessionsPage')).SessionsPage,
}));

export function DeskRoutes() {
  // Suspends (the app's loading state) until the desk pages' words have arrived.
  useTranslation(DESK_NAMESPACE);
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<RequireUser />}>
          <Route index element={<HomeRedirect />} />
          <Route path="/dashboard" element={<RequireAccess allow={seesProvince} />}>
            <Route index element={<DashboardPage />} />
          </Route>
          <Route path="/dashboard/:scopeId" element={<DashboardPage />} />
          <Route path="/official/:officialId" element={<OfficialPage />} />
          <Route path="/agreement/:officialId/:year" element={<AgreementPrintPage />} />
          <Route path="/indicator/:indicatorId" element={<IndicatorPage />} />
          <Route path="/report/:scopeId" element={<ReportPage />} />
          <Route path="/board" element={<RequireAccess allow={followsReporting} />}>
            <Route index element={<ReportingBoardPage />} />
            <Route path=":scopeId" element={<ReportingBoardPage />} />
          </Route>
          <Route path="/skp" element={<RequireAccess allow={followsReporting} />}>
            <Route index element={<SkpOverviewPage />} />
          </Route>
          <Route path="/skp/penilaian" element={<SkpAppraisalPage />} />
          <Route path="/skp/saya" element={<OwnSkpPage />} />
          <Route path="/account/notifications" element={<NotificationPreferencesPage />} />
          <Route path="/account/sessions" element={<SessionsPage />} />
          <Route path="/entry" element={<RequireAccess allow={entersData} />}>
            <Route index element={<EntryPage />} />
          </Route>
          <Route path="/verify" element={<RequireAccess allow={verifies} />}>
            <Route index element={<VerifyPage />} />
          </Route>
          <Route path="/audit" element={<RequireAccess allow={readsAudit} />}>
            <Route index element={<AuditPage />} />
          </Route>
          <Route path="/admin" element={<RequireAccess allow={administers} />}>
            <Route element={<AdminLayout />}>
              <Route index element={<Navigate to="/admin/indicators" replace />} />
              <Route path="org" element={<OrgAdminPage />} />
              <Route path="scorecards" element={<ScorecardAdminPage />} />
              <Route path="indicators" element={<IndicatorAdminPage />} />
              <Route path="users" element={<UsersPage />} />
              <Route path="devices" element={<WallDevicesPage />} />
              <Route path="periods" element={<PeriodLocksPage />} />
              <Route path="agreements" element={<UnsignedAgreementsPage />} />
              <Route path="settings" element={<TenantSettingsPage />} />
              <Route path="onboarding" element={<OnboardingPage />} />
              <Route path="budget" element={<BudgetRevisionPage />} />
            </Route>
          </Route>
          <Route path="*" element={<HomeRedirect />} />
        </Route>
      </Route>
    </Routes>
  );
}
