import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { loadDemo, SYSTEM_SCOPE } from '../../src/store/index.js';
import { openTestStore, testDialects } from '../../src/store/testing/test-store.js';

for (const dialect of testDialects()) {
  describe(`housekeeping on ${dialect}`, () => {
    it('at start, deletes sessions past their expiry and keeps live ones', async () => {
      const store = await openTestStore(dialect);
      try {
        await loadDemo(store);
        const [user] = await store.repos.users.list(SYSTEM_SCOPE);
        const yesterday = new Date(Date.now() - 24 * 60 * 60_000);
        await store.repos.sessions.create({ userId: user.id, ttlMs: 60_000, now: yesterday });
        const live = await store.repos.sessions.create({ userId: user.id, ttlMs: 60_000 });
        const countSessions = async () =>
          (await store.db.selectFrom('session').select('id').execute()).length;
        expect(await countSessions()).toBe(2);

        const app = await buildApp({ store, purgeEveryMs: 60 * 60_000 });
        expect(await countSessions()).toBe(1);
        expect(await store.repos.sessions.findActive(live.token)).not.toBeNull();
        await app.close();
      } finally {
        await store.close();
      }
    });
  });
}
