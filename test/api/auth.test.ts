import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, cookieOf, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

for (const dialect of testDialects()) {
  describe(`auth on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(dialect, {
        loginLimits: { perAccount: 3, perAddress: 6, perDevice: 3, windowMs: 60_000 },
      });
    });
    afterAll(async () => t?.close());

    it('signs in with a cookie that scripts and other sites cannot use, then /auth/me knows the user', async () => {
      const coordinator = account(t, 'coordinator');
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: coordinator.username, password: coordinator.password },
      });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.user.username).toBe(coordinator.username);
      expect(body.user.role).toBe('coordinator');
      expect(body.user).not.toHaveProperty('passwordHash');
      expect(typeof body.csrfToken).toBe('string');
      const cookie = res.cookies.find((c) => c.name === 'parley_session');
      expect(cookie?.httpOnly).toBe(true);
      expect(cookie?.sameSite).toBe('Strict');
      expect(cookie?.secure).toBeFalsy();

      const me = await t.app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { cookie: cookieOf(res) },
      });
      expect(me.statusCode).toBe(200);
      expect(me.json().user.id).toBe(body.user.id);
      expect(me.json().csrfToken).toBe(body.csrfToken);
    });

    it('signing in again from the same browser ends the session it held', async () => {
      const first = await signIn(t.app, account(t, 'observer'));
      const observer = account(t, 'observer');
      const again = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { cookie: first.cookie },
        payload: { username: observer.username, password: observer.password },
      });
      expect(again.statusCode).toBe(200);
      const old = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: as(first) });
      expect(old.statusCode).toBe(401);
      const fresh = await t.app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { cookie: cookieOf(again) },
      });
      expect(fresh.statusCode).toBe(200);
    });

    it("a liaison's session names the liaison's party", async () => {
      const liaison = account(t, 'liaison', 'AM');
      const session = await signIn(t.app, liaison);
      const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: as(session) });
      expect(me.json().party.code).toBe('AM');
      expect(me.json().party.id).toBe(session.partyId);
    });

    it('without a session, /auth/me answers 401 problem+json', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    });

    it('logout ends the session in the database: the old cookie no longer works', async () => {
      const session = await signIn(t.app, account(t, 'observer'));
      const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: as(session) });
      expect(out.statusCode).toBe(204);
      const cleared = out.cookies.find((c) => c.name === 'parley_session');
      expect(cleared?.value).toBe('');
      const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: as(session) });
      expect(me.statusCode).toBe(401);
    });

    it('wrong password, unknown user and a deactivated account all get the same generic answer', async () => {
      const coordinator = await signIn(t.app, account(t, 'coordinator'));
      const fieldOfficer = account(t, 'field_officer');
      const users = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: as(coordinator) });
      const target = users
        .json()
        .items.find((u: { username: string }) => u.username === fieldOfficer.username);
      const off = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${target.id}`,
        headers: as(coordinator),
        payload: { active: false },
      });
      expect(off.statusCode).toBe(200);

      const attempts = [
        { username: account(t, 'liaison', 'AZ').username, password: 'not-the-password' },
        { username: 'nobody-by-this-name', password: 'whatever-it-is' },
        { username: fieldOfficer.username, password: fieldOfficer.password },
      ];
      const answers = [];
      for (const payload of attempts) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload,
          remoteAddress: '10.0.0.1',
        });
        expect(res.statusCode).toBe(401);
        expect(res.cookies.find((c) => c.name === 'parley_session')).toBeUndefined();
        const { detail, title, type } = res.json();
        answers.push({ detail, title, type });
      }
      expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
      expect(answers[0].detail).toBe('Wrong username or password');
    });

    it('after too many failures an account is refused even with the right password, from any address', async () => {
      const liaison = account(t, 'liaison', 'AZ');
      for (let i = 0; i < 3; i++) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: liaison.username, password: `wrong-${i}` },
          remoteAddress: `10.1.0.${i + 1}`,
        });
        expect([401, 429]).toContain(res.statusCode);
      }
      const right = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: liaison.username, password: liaison.password },
        remoteAddress: '10.1.0.99',
      });
      expect(right.statusCode).toBe(429);
      expect(right.headers['retry-after']).toBeDefined();
      expect(right.headers['content-type']).toContain('application/problem+json');
    });

    it('an address that fails on many accounts is refused, while other addresses still sign in', async () => {
      for (let i = 0; i < 6; i++) {
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: `guess-${i}`, password: 'password123' },
          remoteAddress: '10.2.0.7',
        });
      }
      const observer = account(t, 'observer');
      const fromThere = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: observer.username, password: observer.password },
        remoteAddress: '10.2.0.7',
      });
      expect(fromThere.statusCode).toBe(429);
      const fromElsewhere = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: observer.username, password: observer.password },
        remoteAddress: '10.2.0.8',
      });
      expect(fromElsewhere.statusCode).toBe(200);
    });

    describe('CSRF', () => {
      let session: SignedIn;
      beforeAll(async () => {
        session = await signIn(t.app, account(t, 'coordinator'));
      });

      it('refuses a cookie-authenticated write without the X-CSRF-Token header, and changes nothing', async () => {
        const res = await t.app.inject({
          method: 'PATCH',
          url: '/api/v1/auth/me',
          headers: { cookie: session.cookie },
          payload: { locale: 'hy' },
        });
        expect(res.statusCode).toBe(403);
        expect(res.json().type).toBe('urn:parley:problem:csrf');
        const me = await t.app.inject({
          method: 'GET',
          url: '/api/v1/auth/me',
          headers: { cookie: session.cookie },
        });
        expect(me.json().user.locale).not.toBe('hy');
      });

      it('refuses a write with a token from another session', async () => {
        const other = await signIn(t.app, account(t, 'coordinator'));
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/v1/parties',
          headers: { cookie: session.cookie, 'x-csrf-token': other.csrfToken },
          payload: { code: 'XX', kind: 'observer', names: { en: 'Someone' } },
        });
        expect(res.statusCode).toBe(403);
      });

      it('accepts the write with the session token and remembers the preference', async () => {
        const res = await t.app.inject({
          method: 'PATCH',
          url: '/api/v1/auth/me',
          headers: as(session),
          payload: { locale: 'ru', timeZone: 'Asia/Baku' },
        });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json().user.locale).toBe('ru');
        const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: as(session) });
        expect(me.json().user.timeZone).toBe('Asia/Baku');
      });
    });
  });

  describe(`session expiry on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(dialect, { sessionTtlMs: 1500 });
    });
    afterAll(async () => t?.close());

    it('a session unused for longer than its lifetime is refused', async () => {
      const session = await signIn(t.app, account(t, 'observer'));
      const fresh = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: as(session) });
      expect(fresh.statusCode).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1800));
      const stale = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: as(session) });
      expect(stale.statusCode).toBe(401);
    });
  });
}

for (const dialect of testDialects()) {
  describe(`client address and https behind a proxy on ${dialect}`, () => {
    it('without a trusted proxy, a forged X-Forwarded-For does not escape the per-address limit', async () => {
      const t = await startTestApp(dialect, {
        loginLimits: { perAccount: 100, perAddress: 3, perDevice: 3, windowMs: 60_000 },
      });
      try {
        for (let i = 0; i < 3; i++) {
          await t.app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { username: `guess-${i}`, password: 'password123' },
            headers: { 'x-forwarded-for': `192.0.2.${i}` },
            remoteAddress: '10.3.0.1',
          });
        }
        const observer = account(t, 'observer');
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: observer.username, password: observer.password },
          headers: { 'x-forwarded-for': '192.0.2.99' },
          remoteAddress: '10.3.0.1',
        });
        expect(res.statusCode).toBe(429);
      } finally {
        await t.close();
      }
    });

    it('behind a trusted proxy, the forwarded address is limited and forwarded https makes the cookie Secure', async () => {
      const t = await startTestApp(dialect, {
        trustProxy: true,
        loginLimits: { perAccount: 100, perAddress: 3, perDevice: 3, windowMs: 60_000 },
      });
      try {
        for (let i = 0; i < 3; i++) {
          await t.app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { username: `guess-${i}`, password: 'password123' },
            headers: { 'x-forwarded-for': '192.0.2.7' },
            remoteAddress: '10.3.0.2',
          });
        }
        const observer = account(t, 'observer');
        const login = (forwardedFor: string) =>
          t.app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { username: observer.username, password: observer.password },
            headers: { 'x-forwarded-for': forwardedFor, 'x-forwarded-proto': 'https' },
            remoteAddress: '10.3.0.2',
          });
        expect((await login('192.0.2.7')).statusCode).toBe(429);
        const elsewhere = await login('192.0.2.8');
        expect(elsewhere.statusCode).toBe(200);
        expect(elsewhere.cookies.find((c) => c.name === 'parley_session')?.secure).toBe(true);
      } finally {
        await t.close();
      }
    });
  });
}
