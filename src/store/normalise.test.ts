import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from './store.js';
import { COORDINATOR_SCOPE, seedSmallWorld, TEST_CTX } from './testing/fixtures.js';
import { openTestStore, testDialects } from './testing/test-store.js';

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

for (const dialect of testDialects()) {
  describe(`the same JS types from ${dialect}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openTestStore(dialect);
      await seedSmallWorld(store);
    });
    afterEach(async () => {
      await store.close();
    });

    it('gives counts as numbers, booleans as booleans, times as ISO 8601 UTC strings, JSON as objects', async () => {
      const { total, items } = await store.repos.audit.list(COORDINATOR_SCOPE);
      expect(total).toBe(7);
      expect(typeof total).toBe('number');
      expect(typeof (await store.repos.users.count())).toBe('number');
      expect(typeof items[0].seq).toBe('number');
      expect(items[0].at).toMatch(ISO_UTC);
      expect(items[0].summary).toEqual(expect.any(Object));

      const users = await store.repos.users.list(COORDINATOR_SCOPE);
      for (const user of users) {
        expect(user.active).toBe(true);
        expect(user.createdAt).toMatch(ISO_UTC);
      }
      const [party] = await store.repos.parties.list(COORDINATOR_SCOPE);
      const off = await store.repos.parties.update(TEST_CTX, party.id, { active: false });
      expect(off?.active).toBe(false);
      expect((await store.repos.parties.findById(COORDINATOR_SCOPE, party.id))?.active).toBe(false);

      const { expiresAt, token } = await store.repos.sessions.create({ userId: users[0].id });
      expect(expiresAt).toMatch(ISO_UTC);
      expect((await store.repos.sessions.findActive(token))?.session.expiresAt).toMatch(ISO_UTC);
    });
  });
}
