import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { accessControlPlugin } from '../../src/server/plugins/access-control.js';
import { authPlugin } from '../../src/server/plugins/auth.js';
import { problemsPlugin } from '../../src/server/plugins/problems.js';

describe('every /api/v1 route must say who may call it', () => {
  it('refuses to start an app with a route that declares no access', async () => {
    const app = Fastify();
    await app.register(problemsPlugin);
    await app.register(authPlugin, { secureCookies: false, sessionTtlMs: 60_000 });
    await app.register(accessControlPlugin);
    const starting = (async () => {
      await app.register(
        async (module) => {
          module.get('/things', async () => ({ items: [] }));
        },
        { prefix: '/api/v1' },
      );
      await app.ready();
    })();
    await expect(starting).rejects.toThrow(/GET \/api\/v1\/things declares no config.access/);
  });

  it('starts when the route declares its roles', async () => {
    const app = Fastify();
    await app.register(problemsPlugin);
    await app.register(authPlugin, { secureCookies: false, sessionTtlMs: 60_000 });
    await app.register(accessControlPlugin);
    await app.register(
      async (module) => {
        module.get('/things', { config: { access: { roles: ['coordinator'] } } }, async () => ({
          items: [],
        }));
      },
      { prefix: '/api/v1' },
    );
    await app.ready();
    expect(app.apiRoutes).toEqual([
      { method: 'GET', url: '/api/v1/things', access: { roles: ['coordinator'] } },
    ]);
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/things' });
    expect(anonymous.statusCode).toBe(401);
    await app.close();
  });
});
