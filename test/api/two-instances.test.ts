import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LOGIN_LIMITS } from '../../src/domain/users/login-limits.js';
import { type App, buildApp } from '../../src/server/app.js';
import { loadDemo, openStore, type Store } from '../../src/store/index.js';
import { createTestDatabase, type TestDatabase, testDialects } from '../../src/store/testing/test-store.js';

interface Instance {
  app: App;
  store: Store;
  baseUrl: string;
}

/** A real server listening on a free port, with its own store (its own connection pool) on the shared database. */
async function startInstance(target: TestDatabase['target']): Promise<Instance> {
  const store = await openStore({ ...target, migrate: true });
  const app = await buildApp({ store });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the server has no TCP address');
  return { app, store, baseUrl: `http://127.0.0.1:${address.port}` };
}

function sessionCookie(res: Response): string {
  const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('parley_session='));
  if (!setCookie) throw new Error('no session cookie');
  return setCookie.split(';')[0];
}

describe.runIf(testDialects().includes('postgres'))('two instances on one PostgreSQL database', () => {
  let database: TestDatabase;
  let one: Instance;
  let two: Instance;
  let accounts: Awaited<ReturnType<typeof loadDemo>>['accounts'];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    one = await startInstance(database.target);
    two = await startInstance(database.target);
    accounts = (await loadDemo(one.store)).accounts;
  });
  afterAll(async () => {
    for (const instance of [one, two]) {
      await instance?.app.close();
      await instance?.store.close();
    }
    await database?.drop();
  });

  it('a session opened on one instance works on the other, and logging out on the other ends it on both', async () => {
    const coordinator = accounts.find((a) => a.role === 'coordinator')!;
    const login = await fetch(`${one.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: coordinator.username, password: coordinator.password }),
    });
    expect(login.status).toBe(200);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = sessionCookie(login);

    const meOnTwo = await fetch(`${two.baseUrl}/api/v1/auth/me`, { headers: { cookie } });
    expect(meOnTwo.status).toBe(200);
    expect(((await meOnTwo.json()) as { user: { username: string } }).user.username).toBe(
      coordinator.username,
    );

    const created = await fetch(`${two.baseUrl}/api/v1/parties`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'ICRC', kind: 'intermediary', names: { en: 'ICRC' } }),
    });
    expect(created.status).toBe(201);
    const listedOnOne = await fetch(`${one.baseUrl}/api/v1/parties`, { headers: { cookie } });
    const codes = ((await listedOnOne.json()) as { items: { code: string }[] }).items.map((p) => p.code);
    expect(codes).toContain('ICRC');

    const logout = await fetch(`${two.baseUrl}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(logout.status).toBe(204);
    const meOnOne = await fetch(`${one.baseUrl}/api/v1/auth/me`, { headers: { cookie } });
    expect(meOnOne.status).toBe(401);
  });

  it('failed logins on one instance count towards the limit on the other', async () => {
    const liaison = accounts.find((a) => a.role === 'liaison')!;
    const attempt = (instance: Instance, password: string) =>
      fetch(`${instance.baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: liaison.username, password }),
      });
    for (let i = 0; i < 5; i++)
      expect((await attempt(i % 2 === 0 ? one : two, `wrong-${i}`)).status).toBe(401);
    expect((await attempt(two, liaison.password)).status).toBe(429);
    expect((await attempt(one, liaison.password)).status).toBe(429);
  });

  it('30 wrong passwords at once, spread over both instances: no more than the limit are checked', async () => {
    const liaison = accounts.filter((a) => a.role === 'liaison')[1];
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        fetch(`${(i % 2 === 0 ? one : two).baseUrl}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: liaison.username, password: `wrong-${i}` }),
        }),
      ),
    );
    const statuses = answers.map((res) => res.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(DEFAULT_LOGIN_LIMITS.perAccount);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
  });
});
