// Routes. Pages are loaded on demand so the wall does not ship the desk pages and vice versa;
// the wall has no navigation bar (it runs full screen).
import { createBrowserRouter } from 'react-router';
import { seesProvince } from '../modules/auth/utils/seesProvince';
import { LoadingState } from '../ui/LoadingState';
import { AppLayout } from './layout/AppLayout';
import { HomeRedirect } from './routing/HomeRedirect';
import { RequireAccess } from './routing/RequireAccess';
import { RequireUser } from './routing/RequireUser';

export const appRouter = createBrowserRouter([
  {
    // Shown while the first (lazily loaded) page of a visit arrives.
    HydrateFallback: LoadingState,
    children: [
      {
        path: '/wall',
        lazy: async () => ({ Component: (await import('../modules/wall/components/WallPage')).WallPage }),
      },
      {
        Component: AppLayout,
        children: [
          {
            path: '/login',
            lazy: async () => ({
              Component: (await import('../modules/auth/components/LoginPage')).LoginPage,
            }),
          },
          {
            Component: RequireUser,
            children: [
              { index: true, Component: HomeRedirect },
              {
                path: '/dashboard',
                element: <RequireAccess allow={seesProvince} />,
                children: [
                  {
                    index: true,
                    lazy: async () => ({
                      Component: (await import('../modules/dashboard/components/DashboardPage'))
                        .DashboardPage,
                    }),
                  },
                ],
              },
              {
                path: '/dashboard/:scopeId',
                lazy: async () => ({
                  Component: (await import('../modules/dashboard/components/DashboardPage')).DashboardPage,
                }),
              },
              {
                path: '/official/:officialId',
                lazy: async () => ({
                  Component: (await import('../modules/dashboard/components/OfficialPage')).OfficialPage,
                }),
              },
              {
                path: '/indicator/:indicatorId',
                lazy: async () => ({
                  Component: (await import('../modules/indicator/components/IndicatorPage')).IndicatorPage,
                }),
              },
              { path: '*', Component: HomeRedirect },
            ],
          },
        ],
      },
    ],
  },
]);
