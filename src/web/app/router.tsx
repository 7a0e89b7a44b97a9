import { createBrowserRouter, RouterProvider } from 'react-router';
import { NotFoundPage } from '../components/not-allowed-page.js';
import { agreementRoutes } from '../features/agreement/routes.js';
import { auditRoutes } from '../features/audit/routes.js';
import { corridorRoutes } from '../features/corridor/routes.js';
import { dashboardRoutes } from '../features/dashboard/routes.js';
import { exchangeRoutes } from '../features/exchange/routes.js';
import { partiesRoutes } from '../features/parties/routes.js';
import { tracingRoutes } from '../features/tracing/routes.js';
import { usersRoutes } from '../features/users/routes.js';
import { AppLayout } from './app-layout.js';
import { SessionGate } from './session-gate.js';

const router = createBrowserRouter([
  {
    element: <SessionGate />,
    children: [
      {
        element: <AppLayout />,
        children: [
          ...dashboardRoutes,
          ...agreementRoutes,
          ...partiesRoutes,
          ...usersRoutes,
          ...auditRoutes,
          ...exchangeRoutes,
          ...corridorRoutes,
          ...tracingRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
