import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { Role } from '../../server/routes/common.schemas.js';
import { RequireRole } from './require-role.js';

/**
 * A page whose code is fetched when it is first opened, so no page waits for the others' code; shown to `roles` only
 * when given (the API enforces the same on every request).
 */
export function lazyPage(
  path: string,
  load: () => Promise<ComponentType>,
  roles?: readonly Role[],
): RouteObject {
  return {
    path,
    lazy: async () => {
      const Page = await load();
      return {
        element: roles ? (
          <RequireRole roles={roles}>
            <Page />
          </RequireRole>
        ) : (
          <Page />
        ),
      };
    },
  };
}
