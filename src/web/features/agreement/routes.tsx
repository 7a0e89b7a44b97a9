import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazy-page.js';

export const agreementRoutes: RouteObject[] = [
  lazyPage('agreement', async () => (await import('./home-page.js')).HomePage),
];
