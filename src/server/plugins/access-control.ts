import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type ApiRouteInfo, isPublic, type RouteAccess } from '../access.js';
import '../fastify-types.js';
import { HttpProblem } from '../problem.js';

export const API_PREFIX = '/api/v1';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function checkCsrf(req: FastifyRequest, expected: string): void {
  if (SAFE_METHODS.has(req.method)) return;
  const header = req.headers['x-csrf-token'];
  const given = Array.isArray(header) ? header[0] : header;
  if (!given || !sameToken(given, expected)) {
    throw new HttpProblem(403, 'Missing or wrong X-CSRF-Token header', { type: 'urn:parley:problem:csrf' });
  }
}

/**
 * Access is decided here and nowhere else: every /api/v1 route must declare `config.access` (the app will not
 * start otherwise), and one hook checks the session, the role and the CSRF token, then sets `req.scope`, which
 * handlers pass to the repositories so that the data itself is scoped to the caller's party.
 */
export const accessControlPlugin = fp(
  async (app: FastifyInstance) => {
    const routes: ApiRouteInfo[] = [];
    app.decorate('apiRoutes', routes);
    app.decorateRequest('scope', null as unknown as FastifyRequest['scope']);

    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith(API_PREFIX)) return;
      const access = route.config?.access;
      if (!access) {
        throw new Error(
          `Route ${String(route.method)} ${route.url} declares no config.access; refusing to start`,
        );
      }
      if (!isPublic(access)) {
        // Say in the OpenAPI document who may call the route and that it needs the session (and CSRF) headers.
        const roles = `Roles: ${access.roles.join(', ')}.`;
        const description = route.schema?.description ? `${route.schema.description} ${roles}` : roles;
        route.schema = { ...route.schema, description, security: [{ session: [], csrf: [] }] };
      }
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) {
        if (method === 'HEAD') continue;
        routes.push({ method, url: route.url, access });
      }
    });

    app.addHook('onRequest', async (req, reply) => {
      const access: RouteAccess | undefined = req.routeOptions.config.access;
      if (!access) return;
      // Answers about people and sessions are not for any cache to keep.
      reply.header('cache-control', 'no-store');
      if (isPublic(access)) return;
      const auth = req.auth;
      if (!auth) throw new HttpProblem(401, 'Sign in to continue');
      if (!access.roles.includes(auth.user.role)) {
        throw new HttpProblem(403, 'Your role may not do this');
      }
      checkCsrf(req, auth.csrfToken);
      req.scope = { userId: auth.user.id, role: auth.user.role, partyId: auth.user.partyId };
    });
  },
  { name: 'access-control', dependencies: ['auth'] },
);
