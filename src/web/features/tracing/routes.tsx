import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { Role } from '../../../server/routes/common.schemas.js';
import { RequireRole } from '../../components/require-role.js';

const READERS: readonly Role[] = ['coordinator', 'liaison'];

/** A page loaded when first opened, shown to `roles` only (the API enforces the same on every request). */
const page = (path: string, roles: readonly Role[], load: () => Promise<ComponentType>): RouteObject => ({
  path,
  lazy: async () => {
    const Page = await load();
    return {
      element: (
        <RequireRole roles={roles}>
          <Page />
        </RequireRole>
      ),
    };
  },
});

// Cases and remains for the coordinator and liaisons (the API scopes each by its sharing level or its party), the
// candidates for the coordinator, counts for observers too.
export const tracingRoutes: RouteObject[] = [
  page('tracing/cases', READERS, async () => (await import('./cases-page.js')).CasesPage),
  page('tracing/cases/new', ['liaison'], async () => (await import('./new-case-page.js')).NewCasePage),
  page('tracing/cases/:caseId', READERS, async () => (await import('./case-page.js')).CasePage),
  page('tracing/remains', READERS, async () => (await import('./remains-page.js')).RemainsPage),
  page('tracing/remains/new', READERS, async () => (await import('./new-remains-page.js')).NewRemainsPage),
  page(
    'tracing/remains/:remainsId',
    READERS,
    async () => (await import('./remains-record-page.js')).RemainsRecordPage,
  ),
  page('tracing/matches', ['coordinator'], async () => (await import('./matches-page.js')).MatchesPage),
  page(
    'tracing/counts',
    ['coordinator', 'liaison', 'observer'],
    async () => (await import('./counts-page.js')).CountsPage,
  ),
];
