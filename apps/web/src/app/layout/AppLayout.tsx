// The desk layout (everything except the wall): navigation, a redirect's notice, the page.
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { LoadingState } from '../../ui/LoadingState';
import { Notice } from '../../ui/Notice';
import type { RouteNotice } from '../routing/RouteNotice';
import { NavBar } from './NavBar';

export function AppLayout() {
  const { t } = useTranslation();
  const state = useLocation().state as Partial<RouteNotice> | null;
  return (
    <div className="flex min-h-screen flex-col">
      <NavBar />
      <main className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 print:max-w-none print:bg-white print:p-0">
        {state?.notice ? (
          <Notice tone="info" className="mb-4 print:hidden" testId="route-notice">
            {t(`notice.${state.notice}`)}
          </Notice>
        ) : null}
        {/* Keeps the navigation bar while the next page's code arrives. */}
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
