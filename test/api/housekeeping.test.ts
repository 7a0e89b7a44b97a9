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

    it('at start, purges what the retention policy says is due and audits it as parley-retention', async () => {
      const store = await openTestStore(dialect);
      try {
        await loadDemo(store);
        const old = new Date(Date.now() - 10 * 24 * 60 * 60_000).toISOString();
        await store.db
          .insertInto('login_attempt')
          .values({ id: 'old-attempt', username: 'coordinator', ip: null, succeeded: 0, at: old })
          .execute();
        const app = await buildApp({ store, purgeEveryMs: 60 * 60_000 });
        await app.close();
        expect(
          await store.db.selectFrom('login_attempt').select('id').where('id', '=', 'old-attempt').execute(),
        ).toEqual([]);
        const { items } = await store.repos.audit.list(SYSTEM_SCOPE, { action: 'retention.purge' });
        expect(items).toHaveLength(1);
        expect(items[0]).toMatchObject({
          actor: { username: 'parley-retention' },
          summary: { removed: { loginAttempts: 1 } },
        });
      } finally {
        await store.close();
      }
    });
  });
}
