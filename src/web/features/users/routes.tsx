import type { RouteObject } from 'react-router';
import { RequireRole } from '../../components/require-role.js';
import { UsersPage } from './users-page.js';

export const usersRoutes: RouteObject[] = [
  {
    path: 'users',
    element: (
      <RequireRole roles={['coordinator']}>
        <UsersPage />
      </RequireRole>
    ),
  },
];
