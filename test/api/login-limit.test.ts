import type { LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LOGIN_LIMITS } from '../../src/domain/users/login-limits.js';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, startTestApp, type TestApp } from './api-harness.js';

const { perAccount, perAddress } = DEFAULT_LOGIN_LIMITS;

function deviceCookieOf(res: LightMyRequestResponse): string {
  const device = res.cookies.find((c) => c.name === 'parley_device');
  if (!device) throw new Error(`no device cookie in the response (status ${res.statusCode})`);
  return `parley_device=${device.value}`;
}

for (const dialect of testDialects()) {
  describe(`the login limit on ${dialect}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await startTestApp(dialect);
    });
    afterEach(async () => t?.close());

    const login = (
      payload: { username: string; password: string },
      from: { address: string; cookie?: string },
    ) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload,
        remoteAddress: from.address,
        headers: from.cookie ? { cookie: from.cookie } : {},
      });

    it('30 wrong passwords at once for one account: no more than the limit are checked, the rest get 429', async () => {
      const liaison = account(t, 'liaison', 'AM');
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          login({ username: liaison.username, password: `wrong-${i}` }, { address: `10.20.0.${i + 1}` }),
        ),
      );
      const statuses = answers.map((res) => res.statusCode);
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(perAccount);
      expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
      const checked = await t.store.db
        .selectFrom('login_attempt')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('username', '=', liaison.username)
        .executeTakeFirstOrThrow();
      expect(Number(checked.n)).toBeLessThanOrEqual(perAccount);
      // From a browser that never signed in as this account, even the right password waits for the window.
      const right = await login(liaison, { address: '10.20.1.1' });
      expect(right.statusCode).toBe(429);
    });

    it('an office behind one address: strangers’ failures do not lock out users on devices that signed in before', async () => {
      const office = { address: '10.30.0.1' };
      const observer = account(t, 'observer');
      const liaison = account(t, 'liaison', 'AZ');
      const observerDevice = deviceCookieOf(await login(observer, office));
      const liaisonDevice = deviceCookieOf(await login(liaison, office));

      // From the office's address: enough mistakes on the observer's account to lock it for strangers, a few on
      // the liaison's, and guesses at other accounts until the address itself is at its limit.
      const wrong = [
        ...Array.from({ length: perAccount }, () => observer.username),
        ...Array.from({ length: 3 }, () => liaison.username),
        ...Array.from({ length: perAddress - perAccount - 3 }, (_, i) => `guess-${i}`),
      ];
      for (const [i, username] of wrong.entries()) {
        expect((await login({ username, password: `wrong-${i}` }, office)).statusCode).toBe(401);
      }
      expect((await login(observer, { address: '10.30.9.9' })).statusCode).toBe(429);
      expect((await login(account(t, 'coordinator'), office)).statusCode).toBe(429);

      expect((await login(observer, { ...office, cookie: observerDevice })).statusCode).toBe(200);
      expect((await login(liaison, { ...office, cookie: liaisonDevice })).statusCode).toBe(200);
      // A device cookie counts only for the account it signed in as.
      expect((await login(liaison, { ...office, cookie: observerDevice })).statusCode).toBe(429);
    });

    it('a known device that keeps failing is limited on its own', async () => {
      const observer = account(t, 'observer');
      const device = deviceCookieOf(await login(observer, { address: '10.40.0.1' }));
      for (let i = 0; i < DEFAULT_LOGIN_LIMITS.perDevice; i++) {
        const res = await login(
          { ...observer, password: `wrong-${i}` },
          { address: '10.40.0.1', cookie: device },
        );
        expect(res.statusCode).toBe(401);
      }
      expect((await login(observer, { address: '10.40.0.1', cookie: device })).statusCode).toBe(429);
    });

    it('the device cookie is HttpOnly, SameSite=Strict and sent only to the sign-in route', async () => {
      const res = await login(account(t, 'observer'), { address: '10.50.0.1' });
      const device = res.cookies.find((c) => c.name === 'parley_device');
      expect(device).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth/login' });
      expect(device?.maxAge).toBeGreaterThan(30 * 24 * 60 * 60);
    });
  });
}
