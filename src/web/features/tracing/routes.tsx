import type { RouteObject } from 'react-router';

// Cases for the coordinator and liaisons (the API scopes each by its sharing level); counts for observers too.
export const tracingRoutes: RouteObject[] = [
  { path: 'tracing/cases', lazy: async () => ({ Component: (await import('./cases-page.js')).CasesPage }) },
  {
    path: 'tracing/cases/new',
    lazy: async () => ({ Component: (await import('./new-case-page.js')).NewCasePage }),
  },
  {
    path: 'tracing/cases/:caseId',
    lazy: async () => ({ Component: (await import('./case-page.js')).CasePage }),
  },
  {
    path: 'tracing/counts',
    lazy: async () => ({ Component: (await import('./counts-page.js')).CountsPage }),
  },
];
