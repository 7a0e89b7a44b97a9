import type { Role } from '../lib/api-types.js';

/** The modules that exist, in menu order; a module that is not built yet is not listed. */
export const NAVIGATION = [
  { to: '/', key: 'layout.nav.home', roles: null },
  { to: '/parties', key: 'layout.nav.parties', roles: ['coordinator'] },
  { to: '/users', key: 'layout.nav.users', roles: ['coordinator'] },
  { to: '/audit', key: 'layout.nav.audit', roles: ['coordinator'] },
  { to: '/exchange/lists', key: 'layout.nav.exchangeLists', roles: ['coordinator', 'liaison'] },
  { to: '/exchange/reconciliations', key: 'layout.nav.exchangeReconciliations', roles: ['coordinator'] },
  { to: '/exchange/report', key: 'layout.nav.exchangeReport', roles: ['coordinator', 'observer'] },
  { to: '/exchange/persons', key: 'layout.nav.exchangePersons', roles: ['coordinator', 'liaison'] },
  { to: '/exchange/plan', key: 'layout.nav.exchangePlan', roles: ['coordinator'] },
  { to: '/exchange/events', key: 'layout.nav.exchangeEvents', roles: ['coordinator', 'liaison', 'observer'] },
] as const satisfies readonly { to: string; key: string; roles: readonly Role[] | null }[];

export function navigationFor(role: Role) {
  return NAVIGATION.filter((item) => item.roles === null || (item.roles as readonly Role[]).includes(role));
}
