import type { RouteObject } from 'react-router';
import type { Role } from '../../../server/routes/common.schemas.js';
import { lazyPage } from '../../components/lazy-page.js';

const READERS: readonly Role[] = ['coordinator', 'liaison'];

// Cases and remains for the coordinator and liaisons (the API scopes each by its sharing level or its party), the
// candidates for the coordinator, counts for observers too.
export const tracingRoutes: RouteObject[] = [
  lazyPage('tracing/cases', async () => (await import('./cases-page.js')).CasesPage, READERS),
  lazyPage('tracing/cases/new', async () => (await import('./new-case-page.js')).NewCasePage, ['liaison']),
  lazyPage('tracing/cases/:caseId', async () => (await import('./case-page.js')).CasePage, READERS),
  lazyPage('tracing/remains', async () => (await import('./remains-page.js')).RemainsPage, READERS),
  lazyPage(
    'tracing/remains/new',
    async () => (await import('./new-remains-page.js')).NewRemainsPage,
    READERS,
  ),
  lazyPage(
    'tracing/remains/:remainsId',
    async () => (await import('./remains-record-page.js')).RemainsRecordPage,
    READERS,
  ),
  lazyPage('tracing/matches', async () => (await import('./matches-page.js')).MatchesPage, ['coordinator']),
  lazyPage('tracing/counts', async () => (await import('./counts-page.js')).CountsPage, [
    'coordinator',
    'liaison',
    'observer',
  ]),
];
