import {
  createBrowserRouter,
  createMemoryRouter,
  Navigate,
  Outlet,
  type RouteObject,
} from 'react-router';
import { useOptionalWorkspace } from '@/data/workspace-context';
import { AppLayout } from './app-layout';
import { paths } from './paths';
import { NotFound, RouteError } from './route-error';

/** Screens that need an open workspace send the agent to the welcome screen otherwise. */
function RequireWorkspace() {
  return useOptionalWorkspace() ? <Outlet /> : <Navigate to={paths.welcome()} replace />;
}

function RedirectWhenOpen({ children }: { children: React.ReactNode }) {
  return useOptionalWorkspace() ? <Navigate to={paths.today()} replace /> : children;
}

// Each feature is its own chunk, loaded when its route is first visited.
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      {
        path: paths.welcome(),
        lazy: async () => {
          const { WelcomePage } = await import('@/features/welcome/welcome-page');
          return {
            Component: () => (
              <RedirectWhenOpen>
                <WelcomePage />
              </RedirectWhenOpen>
            ),
          };
        },
      },
      {
        path: paths.escalate(),
        lazy: async () => ({
          Component: (await import('@/features/escalation/escalate-page')).EscalatePage,
        }),
      },
      {
        element: <RequireWorkspace />,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('@/features/today/today-page')).TodayPage,
            }),
          },
          {
            path: paths.roster(),
            lazy: async () => ({
              Component: (await import('@/features/roster/roster-page')).RosterPage,
            }),
          },
          {
            path: paths.training(),
            lazy: async () => ({
              Component: (await import('@/features/training/training-page')).TrainingPage,
            }),
          },
          {
            path: paths.kpis(),
            lazy: async () => ({ Component: (await import('@/features/kpis/kpis-page')).KpisPage }),
          },
          {
            path: paths.pay(),
            lazy: async () => {
              const { PayPage } = await import('@/features/pay/pay-page');
              return { Component: () => <PayPage statementPath={paths.payStatement} /> };
            },
          },
          {
            path: paths.payStatementRoute(),
            lazy: async () => {
              const { PayStatementPage } = await import('@/features/pay/pay-statement-page');
              return { Component: () => <PayStatementPage backPath={paths.pay()} /> };
            },
          },
          {
            path: paths.me(),
            lazy: async () => ({ Component: (await import('@/features/me/me-page')).MePage }),
          },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}

export function createTestRouter(initialPath: string) {
  return createMemoryRouter(routes, { initialEntries: [initialPath] });
}
