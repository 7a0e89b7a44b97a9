import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

for (const dialect of testDialects()) {
  describe(`API conventions on ${dialect}`, () => {
    let t: TestApp;
    let webRoot: string;
    let coordinator: SignedIn;
    beforeAll(async () => {
      webRoot = await mkdtemp(join(tmpdir(), 'parley-web-'));
      await writeFile(
        join(webRoot, 'index.html'),
        '<!doctype html><title>Parley</title><div id="root"></div>',
      );
      await writeFile(join(webRoot, 'app.js'), 'console.log("parley")');
      await mkdir(join(webRoot, 'assets'));
      await writeFile(join(webRoot, 'assets', 'index-B0kqwg_x.js'), 'console.log("hashed")');
      t = await startTestApp(dialect, { webRoot });
      coordinator = await signIn(t.app, account(t, 'coordinator'));
    });
    afterAll(async () => {
      await t?.close();
      await rm(webRoot, { recursive: true, force: true });
    });

    it('names each bad field by its path in a 400 problem+json', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/parties',
        headers: as(coordinator),
        payload: { code: 'N', kind: 'neutral', names: { ru: 'Без английского' } },
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const body = res.json();
      expect(body).toMatchObject({ status: 400, title: 'Bad request', instance: '/api/v1/parties' });
      const paths = body.errors.map((e: { path: string }) => e.path).sort();
      expect(paths).toEqual(['code', 'kind', 'names.en']);
      expect(body.errors.every((e: { in: string; message: string }) => e.in === 'body' && e.message)).toBe(
        true,
      );
    });

    it('names a bad query parameter', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/audit?limit=0',
        headers: as(coordinator),
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([expect.objectContaining({ in: 'querystring', path: 'limit' })]);
    });

    it('answers malformed JSON with a 400 problem, not a stack trace', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: '{"username": "coordinator", "password": ',
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().type).toBe('urn:parley:problem:malformed-json');
      expect(res.body).not.toMatch(/at .*\.(js|ts):\d+/);
    });

    it('answers an unknown API route with a JSON 404', async () => {
      for (const url of ['/api/v1/nothing-here', '/api/nothing', '/api/v1/parties/x/y']) {
        const res = await t.app.inject({ method: 'GET', url, headers: as(coordinator) });
        expect(res.statusCode).toBe(404);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json().status).toBe(404);
      }
    });

    it('serves the web app, and its index.html for client-side routes', async () => {
      const asset = await t.app.inject({ method: 'GET', url: '/app.js' });
      expect(asset.statusCode).toBe(200);
      expect(asset.body).toContain('parley');
      for (const url of ['/', '/users', '/parties/123']) {
        const page = await t.app.inject({ method: 'GET', url });
        expect(page.statusCode).toBe(200);
        expect(page.headers['content-type']).toContain('text/html');
        expect(page.body).toContain('<div id="root">');
      }
      const missingAsset = await t.app.inject({ method: 'GET', url: '/assets/index-old.js' });
      expect(missingAsset.statusCode).toBe(404);
    });

    it('lets browsers keep hashed assets, revalidate pages, and store no API answer', async () => {
      const hashed = await t.app.inject({ method: 'GET', url: '/assets/index-B0kqwg_x.js' });
      expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      for (const url of ['/', '/users', '/app.js']) {
        const page = await t.app.inject({ method: 'GET', url });
        expect(page.headers['cache-control'], url).toBe('no-cache');
      }
      const api = await t.app.inject({ method: 'GET', url: '/api/v1/parties', headers: as(coordinator) });
      expect(api.headers['cache-control']).toBe('no-store');
      const refused = await t.app.inject({ method: 'GET', url: '/api/v1/users' });
      expect(refused.headers['cache-control']).toBe('no-store');
    });

    it('sends security headers with a CSP that allows no inline script', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/' });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    });

    it('reports the store in use and that it answers', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.status).toBe('ok');
      expect(body.store).toBe(dialect);
      expect(body.latencyMs).toBeGreaterThanOrEqual(0);
    });

    it('publishes an OpenAPI document that lists every API route, and a page to browse it', async () => {
      const doc = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
      expect(doc.statusCode).toBe(200);
      const spec = doc.json();
      expect(spec.openapi).toMatch(/^3\./);
      const listed = new Set<string>();
      for (const [path, ops] of Object.entries(spec.paths as Record<string, Record<string, unknown>>)) {
        for (const method of Object.keys(ops)) listed.add(`${method.toUpperCase()} ${path}`);
      }
      expect(t.app.apiRoutes.length).toBeGreaterThan(10);
      for (const route of t.app.apiRoutes) {
        expect(listed).toContain(`${route.method} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
      }
      expect(spec.paths['/api/v1/users'].get.security).toEqual([{ session: [], csrf: [] }]);
      expect(spec.paths['/api/v1/users'].get.description).toContain('coordinator');
      const login = spec.paths['/api/v1/auth/login'].post;
      expect(login.security).toBeUndefined();
      expect(login.requestBody.content['application/json'].schema.required).toEqual(['username', 'password']);
      const page = await t.app.inject({ method: 'GET', url: '/api/docs' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Swagger UI');
      expect(page.body).not.toMatch(/<script>/);
      expect(page.headers['content-security-policy']).toContain("script-src 'self';");
    });
  });
}

for (const dialect of testDialects()) {
  describe(`logs, cookies and faults on ${dialect}`, () => {
    it('writes one JSON log line per request, naming the user and never the password', async () => {
      const lines: string[] = [];
      const sink = new Writable({
        write(chunk, _encoding, done) {
          lines.push(...String(chunk).split('\n').filter(Boolean));
          done();
        },
      });
      const t = await startTestApp(dialect, { logger: pino({ level: 'info' }, sink) });
      try {
        const coordinator = account(t, 'coordinator');
        const session = await signIn(t.app, coordinator);
        await t.app.inject({ method: 'GET', url: '/api/v1/parties', headers: as(session) });
        await t.app.inject({ method: 'GET', url: '/api/v1/missing', headers: as(session) });
      } finally {
        await t.close();
      }
      const requests = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'request');
      expect(requests.map((r) => `${r.method} ${r.url} ${r.status}`)).toEqual([
        'POST /api/v1/auth/login 200',
        'GET /api/v1/parties 200',
        'GET /api/v1/missing 404',
      ]);
      expect(requests[1].user).toBe('coordinator');
      expect(lines.join('\n')).not.toContain(account(t, 'coordinator').password);
    });

    it('marks the session cookie Secure when asked to (behind https)', async () => {
      const t = await startTestApp(dialect, { secureCookies: true });
      try {
        const coordinator = account(t, 'coordinator');
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: coordinator.username, password: coordinator.password },
        });
        const cookie = res.cookies.find((c) => c.name === 'parley_session');
        expect(cookie?.secure).toBe(true);
        expect(res.headers['strict-transport-security']).toContain('max-age=');
      } finally {
        await t.close();
      }
    });

    it('when the database stops answering: health says 503, other calls a 500 problem without internals', async () => {
      const t = await startTestApp(dialect);
      const session = await signIn(t.app, account(t, 'coordinator'));
      await t.store.close();
      try {
        const health = await t.app.inject({ method: 'GET', url: '/api/health' });
        expect(health.statusCode).toBe(503);
        expect(health.headers['content-type']).toContain('application/problem+json');
        const parties = await t.app.inject({ method: 'GET', url: '/api/v1/parties', headers: as(session) });
        expect(parties.statusCode).toBe(500);
        expect(parties.json()).toMatchObject({
          status: 500,
          detail: 'The server could not complete the request',
        });
        expect(parties.body).not.toMatch(/\.(js|ts):\d+|sqlite|pool|Error:/i);
      } finally {
        await t.app.close();
      }
    });
  });
}
