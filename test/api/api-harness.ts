import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { type App, type BuildAppOptions, buildApp } from '../../src/server/app.js';
import { loadDemo, type Store } from '../../src/store/index.js';
import { openTestStore } from '../../src/store/testing/test-store.js';

export interface DemoAccount {
  username: string;
  password: string;
  role: string;
  partyCode: string | null;
}

export interface TestApp {
  app: App;
  store: Store;
  accounts: DemoAccount[];
  close(): Promise<void>;
}

/** A real app over a fresh test database of the given dialect, with the demo scenario loaded. */
export async function startTestApp(dialect: string, opts: Partial<BuildAppOptions> = {}): Promise<TestApp> {
  const store = await openTestStore(dialect);
  const demo = await loadDemo(store);
  const app = await buildApp({ store, ...opts });
  return {
    app,
    store,
    accounts: demo.accounts,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

export function account(t: TestApp, role: string, partyCode?: string): DemoAccount {
  const found = t.accounts.find(
    (a) => a.role === role && (partyCode === undefined || a.partyCode === partyCode),
  );
  if (!found) throw new Error(`the demo has no ${role} account${partyCode ? ` of ${partyCode}` : ''}`);
  return found;
}

export interface SignedIn {
  cookie: string;
  csrfToken: string;
  userId: string;
  partyId: string | null;
}

export function cookieOf(res: LightMyRequestResponse): string {
  const session = res.cookies.find((c) => c.name === 'parley_session');
  if (!session) throw new Error(`no session cookie in the response (status ${res.statusCode}: ${res.body})`);
  return `parley_session=${session.value}`;
}

export async function signIn(app: App, who: { username: string; password: string }): Promise<SignedIn> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: who.username, password: who.password },
  });
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json() as { csrfToken: string; user: { id: string; partyId: string | null } };
  return {
    cookie: cookieOf(res),
    csrfToken: body.csrfToken,
    userId: body.user.id,
    partyId: body.user.partyId,
  };
}

/** Headers of a cookie-authenticated call; writes carry the CSRF token as the web app sends it. */
export function as(session: SignedIn): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
}

/** The demo's five kinds of reader, each signed in: the coordinator, each party's liaison, an observer, a field officer. */
export async function signInEveryRole(t: TestApp): Promise<{
  coordinator: SignedIn;
  am: SignedIn;
  az: SignedIn;
  observer: SignedIn;
  fieldOfficer: SignedIn;
}> {
  return {
    coordinator: await signIn(t.app, account(t, 'coordinator')),
    am: await signIn(t.app, account(t, 'liaison', 'AM')),
    az: await signIn(t.app, account(t, 'liaison', 'AZ')),
    observer: await signIn(t.app, account(t, 'observer')),
    fieldOfficer: await signIn(t.app, account(t, 'field_officer')),
  };
}
