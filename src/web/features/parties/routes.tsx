import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazy-page.js';

export const partiesRoutes: RouteObject[] = [
  lazyPage('parties', async () => (await import('./parties-page.js')).PartiesPage, ['coordinator']),
];
