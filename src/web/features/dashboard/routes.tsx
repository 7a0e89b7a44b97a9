import type { RouteObject } from 'react-router';
import { IncidentPage } from '../incidents/incident-page.js';
import { IncidentsPage } from '../incidents/incidents-page.js';
import { MeetingsPage } from '../meetings/meetings-page.js';
import { ProvisionPage } from '../provisions/provision-page.js';
import { ProvisionsPage } from '../provisions/provisions-page.js';
import { DashboardPage } from './dashboard-page.js';
import './dashboard.css';

// Every role opens these pages; the API narrows what each sees (observers: published incidents only).
export const dashboardRoutes: RouteObject[] = [
  { index: true, element: <DashboardPage /> },
  { path: 'provisions', element: <ProvisionsPage /> },
  { path: 'provisions/:id', element: <ProvisionPage /> },
  { path: 'incidents', element: <IncidentsPage /> },
  { path: 'incidents/:id', element: <IncidentPage /> },
  { path: 'meetings', element: <MeetingsPage /> },
];
