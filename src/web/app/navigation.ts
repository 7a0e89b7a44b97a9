import type { Role } from '../lib/api-types.js';

/** The modules that exist, in menu order; a module that is not built yet is not listed. */
export const NAVIGATION = [
  { to: '/', key: 'layout.nav.home', roles: null },
  { to: '/parties', key: 'layout.nav.parties', roles: ['coordinator'] },
  { to: '/users', key: 'layout.nav.users', roles: ['coordinator'] },
  { to: '/audit', key: 'layout.nav.audit', roles: ['coordinator'] },
] as const satisfies readonly { to: string; key: string; roles: readonly Role[] | null }[];

export function navigationFor(role: Role) {
  return NAVIGATION.filter((item) => item.roles === null || (item.roles as readonly Role[]).includes(role));
}
