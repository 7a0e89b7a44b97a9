import type { RouteObject } from 'react-router';
import { RequireRole } from '../../components/require-role.js';
import { PartiesPage } from './parties-page.js';

export const partiesRoutes: RouteObject[] = [
  {
    path: 'parties',
    element: (
      <RequireRole roles={['coordinator']}>
        <PartiesPage />
      </RequireRole>
    ),
  },
];
