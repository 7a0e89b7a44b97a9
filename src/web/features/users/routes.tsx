import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazy-page.js';

export const usersRoutes: RouteObject[] = [
  lazyPage('users', async () => (await import('./users-page.js')).UsersPage, ['coordinator']),
];
