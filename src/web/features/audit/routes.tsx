import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazy-page.js';

export const auditRoutes: RouteObject[] = [
  lazyPage('audit', async () => (await import('./audit-page.js')).AuditPage, ['coordinator']),
];
