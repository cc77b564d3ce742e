// The desk app (everything but the wall): navigation layout, login, and the pages behind it,
// each page loaded on demand. Users without a role for a route are sent home with a notice.
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { entersData, verifies } from '../modules/auth/utils/roleAbilities';
import { seesProvince } from '../modules/auth/utils/seesProvince';
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
const IndicatorPage = lazy(async () => ({
  default: (await import('../modules/indicator/components/IndicatorPage')).IndicatorPage,
}));

export function DeskRoutes() {
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
          <Route path="/indicator/:indicatorId" element={<IndicatorPage />} />
          <Route path="/entry" element={<RequireAccess allow={entersData} />}>
            <Route index element={<EntryPage />} />
          </Route>
          <Route path="/verify" element={<RequireAccess allow={verifies} />}>
            <Route index element={<VerifyPage />} />
          </Route>
          <Route path="*" element={<HomeRedirect />} />
        </Route>
      </Route>
    </Routes>
  );
}
