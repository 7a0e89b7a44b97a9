import type { RouteObject } from 'react-router';
import { RequireRole } from '../../components/require-role.js';
import { AuditPage } from './audit-page.js';

export const auditRoutes: RouteObject[] = [
  {
    path: 'audit',
    element: (
      <RequireRole roles={['coordinator']}>
        <AuditPage />
      </RequireRole>
    ),
  },
];
