import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import { openTestStore, testDialects } from '../testing/test-store.js';

const t = (minute: number) => new Date(Date.UTC(2021, 0, 30, 12, minute));
const window = (now: Date) => ({ now, windowStartsAfter: new Date(now.getTime() - 15 * 60_000) });

for (const dialect of testDialects()) {
  describe(`login throttle counters on ${dialect}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openTestStore(dialect);
    });
    afterEach(async () => {
      await store.close();
    });

    it('parallel takes each get their own count', async () => {
      const { loginThrottle } = store.repos;
      const counts = await Promise.all(
        Array.from({ length: 30 }, () => loginThrottle.take('account:liaison-am', window(t(1)))),
      );
      expect(counts.map((c) => c.failures).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 30 }, (_, i) => i + 1),
      );
    });

    it('starts again after the window, gives back one attempt, and clears', async () => {
      const { loginThrottle } = store.repos;
      await loginThrottle.take('address:10.0.0.1', window(t(0)));
      expect(await loginThrottle.take('address:10.0.0.1', window(t(10)))).toEqual({
        failures: 2,
        windowStart: t(0).toISOString(),
      });
      expect(await loginThrottle.take('address:10.0.0.1', window(t(16)))).toEqual({
        failures: 1,
        windowStart: t(16).toISOString(),
      });
      await loginThrottle.take('address:10.0.0.1', window(t(17)));
      await loginThrottle.giveBack('address:10.0.0.1');
      expect((await loginThrottle.take('address:10.0.0.1', window(t(18)))).failures).toBe(2);
      await loginThrottle.clear('address:10.0.0.1');
      expect((await loginThrottle.take('address:10.0.0.1', window(t(19)))).failures).toBe(1);
      expect(await loginThrottle.purgeOlderThan(t(20))).toBe(1);
    });
  });
}
