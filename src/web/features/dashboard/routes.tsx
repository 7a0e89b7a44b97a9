import type { RouteObject } from 'react-router';
import './dashboard.css';

// Every role opens these pages; the API narrows what each sees (observers: published incidents only). They load on
// first use, so that their charts (Chart.js) and maps stay out of the download every other page waits for.
export const dashboardRoutes: RouteObject[] = [
  {
    index: true,
    lazy: async () => ({ Component: (await import('./dashboard-page.js')).DashboardPage }),
  },
  {
    path: 'provisions',
    lazy: async () => ({ Component: (await import('../provisions/provisions-page.js')).ProvisionsPage }),
  },
  {
    path: 'provisions/:id',
    lazy: async () => ({ Component: (await import('../provisions/provision-page.js')).ProvisionPage }),
  },
  {
    path: 'incidents',
    lazy: async () => ({ Component: (await import('../incidents/incidents-page.js')).IncidentsPage }),
  },
  {
    path: 'incidents/:id',
    lazy: async () => ({ Component: (await import('../incidents/incident-page.js')).IncidentPage }),
  },
  {
    path: 'meetings',
    lazy: async () => ({ Component: (await import('../meetings/meetings-page.js')).MeetingsPage }),
  },
];
