import type { RouteObject } from 'react-router';
import type { Role } from '../../../server/routes/common.schemas.js';
import { lazyPage } from '../../components/lazy-page.js';
import './exchange.css';

const READERS: readonly Role[] = ['coordinator', 'liaison'];
const EVENT_READERS: readonly Role[] = ['coordinator', 'liaison', 'observer'];

// Who opens which page; the API enforces the same (and the party scoping) on every request.
export const exchangeRoutes: RouteObject[] = [
  lazyPage('exchange/lists', async () => (await import('./lists-page.js')).ListsPage, READERS),
  lazyPage('exchange/lists/:listId', async () => (await import('./list-page.js')).ListPage, READERS),
  lazyPage('exchange/upload', async () => (await import('./upload-page.js')).UploadPage, ['liaison']),
  lazyPage(
    'exchange/reconciliations',
    async () => (await import('./reconciliations-page.js')).ReconciliationsPage,
    ['coordinator'],
  ),
  lazyPage(
    'exchange/reconciliations/:runId',
    async () => (await import('./reconciliation-page.js')).ReconciliationPage,
    READERS,
  ),
  lazyPage(
    'exchange/reconciliations/:runId/review',
    async () => (await import('./review-page.js')).ReviewPage,
    ['coordinator'],
  ),
  lazyPage('exchange/reconciliations/:runId/pairs', async () => (await import('./pairs-page.js')).PairsPage, [
    'coordinator',
  ]),
  lazyPage('exchange/results', async () => (await import('./results-page.js')).ResultsPage, ['liaison']),
  lazyPage('exchange/report', async () => (await import('./report-page.js')).ReportPage, [
    'coordinator',
    'observer',
  ]),
  lazyPage('exchange/persons', async () => (await import('./persons-page.js')).PersonsPage, READERS),
  lazyPage('exchange/persons/:personId', async () => (await import('./person-page.js')).PersonPage, READERS),
  lazyPage('exchange/plan', async () => (await import('./plan-page.js')).PlanPage, ['coordinator']),
  lazyPage('exchange/events', async () => (await import('./events-page.js')).EventsPage, EVENT_READERS),
  lazyPage(
    'exchange/events/:eventId',
    async () => (await import('./event-page.js')).EventPage,
    EVENT_READERS,
  ),
];
