import type { RouteObject } from 'react-router';
import { RequireRole } from '../../components/require-role.js';
import { EventPage } from './event-page.js';
import { EventsPage } from './events-page.js';
import { ListPage } from './list-page.js';
import { ListsPage } from './lists-page.js';
import { PairsPage } from './pairs-page.js';
import { PersonPage } from './person-page.js';
import { PersonsPage } from './persons-page.js';
import { PlanPage } from './plan-page.js';
import { ReconciliationPage } from './reconciliation-page.js';
import { ReconciliationsPage } from './reconciliations-page.js';
import { ReportPage } from './report-page.js';
import { ResultsPage } from './results-page.js';
import { ReviewPage } from './review-page.js';
import { UploadPage } from './upload-page.js';
import './exchange.css';

// Who opens which page; the API enforces the same (and the party scoping) on every request.
export const exchangeRoutes: RouteObject[] = [
  {
    path: 'exchange/lists',
    element: (
      <RequireRole roles={['coordinator', 'liaison']}>
        <ListsPage />
      </RequireRole>
    ),
  },
  {
    path: 'exchange/lists/:listId',
    element: (
      <RequireRole roles={['coordinator', 'liaison']}>
        <ListPage />
      </RequireRole>
    ),
  },
  {
    path: 'exchange/upload',
    element: (
      <RequireRole roles={['liaison']}>
        <UploadPage />
      </RequireRole>
    ),
  },
  {
    path: 'exchange/reconciliations',
    element: (
      <RequireRole roles={['coordinator']}>
        <ReconciliationsPage />
      </RequireRole>
    ),
  },
  {
    path: 'exchange/reconciliations/:runId',
    element: (
      <RequireRole roles={['coordinator', 'liaison']}>
        <ReconciliationPage />
      </RequireRole>
    ),
  },
  {
    path: 'exchange/reconciliations/:runId/review',
    element: (
      <RequireRole roles={['coordinator']}>
        <ReviewPage />
      </RequireRole>
    ),
  },
  {
    path: 'exchange/reconciliations/:runId/pairs',
    element: (
      <RequireRole roles={['coordinator']}>
        <PairsPage />
      </RequireRole>
    ),
  },
  {
    path: 'exchange/results',
    element: (
      <RequireRole roles={['liaison']}>
        <ResultsPage />
      </RequireRole>
    ),
  },
  {
    path: 'exchange/report',
    element: (
      <RequireRole roles={['coordinator', 'observer']}>
        <ReportPage />
      </RequireRole>
    ),
  },
  {
    path: 'exchange/persons',
    element: (
      <RequireRole roles={['coordinator', 'liaison']}>
        <PersonsPage />
      </RequireRole>
    ),
  },
  {
    path: 'exchange/persons/:personId',
    element: (
      <RequireRole roles={['coordinator', 'liaison']}>
        <PersonPage />
      </RequireRole>
    ),
  },
  {
    path: 'exchange/plan',
    element: (
      <RequireRole roles={['coordinator']}>
        <PlanPage />
      </RequireRole>
    ),
  },
  {
    path: 'exchange/events',
    element: (
      <RequireRole roles={['coordinator', 'liaison', 'observer']}>
        <EventsPage />
      </RequireRole>
    ),
  },
  {
    path: 'exchange/events/:eventId',
    element: (
      <RequireRole roles={['coordinator', 'liaison', 'observer']}>
        <EventPage />
      </RequireRole>
    ),
  },
];
