import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import { openTestStore, testDialects } from '../testing/test-store.js';

const t = (minute: number) => new Date(Date.UTC(2021, 0, 30, 12, minute));

for (const dialect of testDialects()) {
  describe(`login attempts on ${dialect}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openTestStore(dialect);
    });
    afterEach(async () => {
      await store.close();
    });

    it('counts an account’s failures since its last success, and an address’s failures in the window', async () => {
      const { loginAttempts } = store.repos;
      await loginAttempts.record({ username: 'liaison-am', ip: '1.1.1.1', succeeded: false, at: t(1) });
      await loginAttempts.record({ username: 'Liaison-AM', ip: '1.1.1.1', succeeded: false, at: t(2) });
      await loginAttempts.record({ username: 'liaison-am', ip: '1.1.1.1', succeeded: true, at: t(3) });
      await loginAttempts.record({ username: 'liaison-am', ip: '2.2.2.2', succeeded: false, at: t(4) });
      await loginAttempts.record({ username: 'observer', ip: '1.1.1.1', succeeded: false, at: t(5) });

      expect(await loginAttempts.countFailures({ username: 'liaison-am', since: t(0) })).toBe(1);
      expect(await loginAttempts.countFailures({ username: 'LIAISON-AM', since: t(0) })).toBe(1);
      expect(await loginAttempts.countFailures({ ip: '1.1.1.1', since: t(0) })).toBe(3);
      expect(await loginAttempts.countFailures({ ip: '1.1.1.1', since: t(2) })).toBe(2);
      expect(await loginAttempts.countFailures({ username: 'observer', since: t(0) })).toBe(1);
      expect(await loginAttempts.countFailures({ username: 'observer', since: t(6) })).toBe(0);
      const count = await loginAttempts.countFailures({ ip: '9.9.9.9', since: t(0) });
      expect(count).toBe(0);
      expect(typeof count).toBe('number');
      expect(await loginAttempts.purgeOlderThan(t(3))).toBe(2);
    });
  });
}
