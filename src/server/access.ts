import type { Role } from '../store/index.js';

/**
 * Who may call a route. Every route under /api/v1 declares one in `config.access`; the app refuses to start
 * otherwise, so a module added later cannot forget it.
 */
export type RouteAccess = { readonly public: true } | { readonly roles: readonly Role[] };

export const ALL_ROLES: readonly Role[] = ['coordinator', 'liaison', 'observer', 'field_officer'];

export const PUBLIC: RouteAccess = { public: true };
export const SIGNED_IN: RouteAccess = { roles: ALL_ROLES };
export const COORDINATOR: RouteAccess = { roles: ['coordinator'] };

export function isPublic(access: RouteAccess): access is { readonly public: true } {
  return 'public' in access && access.public === true;
}

/** A route as the access layer saw it registered; the route-walking isolation test walks this list. */
export interface ApiRouteInfo {
  method: string;
  url: string;
  access: RouteAccess;
}
