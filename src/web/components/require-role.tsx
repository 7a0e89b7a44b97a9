import type { ReactNode } from 'react';
import type { Role } from '../../server/routes/common.schemas.js';
import { useCurrentUser } from '../lib/session.js';
import { NotAllowedPage } from './not-allowed-page.js';

/** Shows `children` to the named roles and a clear refusal to everyone else (the API refuses them too). */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useCurrentUser();
  return roles.includes(user.role) ? children : <NotAllowedPage />;
}
