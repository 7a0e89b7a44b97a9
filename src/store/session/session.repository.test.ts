import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import { openStore } from '../store.js';
import { COORDINATOR_SCOPE, type SmallWorld, seedSmallWorld } from '../testing/fixtures.js';
import { createTestDatabase, openTestStore, testDialects } from '../testing/test-store.js';
import { hashToken } from './session.repository.js';

const HOUR = 60 * 60 * 1000;

for (const dialect of testDialects()) {
  describe(`sessions on ${dialect}`, () => {
    let store: Store;
    let world: SmallWorld;
    beforeEach(async () => {
      store = await openTestStore(dialect);
      world = await seedSmallWorld(store);
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores only a hash of the token and finds the session and its user by the token', async () => {
      const created = await store.repos.sessions.create({
        userId: world.liaisonAm.id,
        ip: '10.0.0.7',
        userAgent: 'Firefox',
        ttlMs: HOUR,
      });
      const rows = await store.db.selectFrom('session').selectAll().execute();
      expect(rows).toHaveLength(1);
      expect(rows[0].token_hash).toBe(hashToken(created.token));
      expect(JSON.stringify(rows)).not.toContain(created.token);
      const found = await store.repos.sessions.findActive(created.token);
      expect(found?.user.username).toBe('liaison-am');
      expect(found?.session.csrfToken).toBe(created.csrfToken);
      expect(await store.repos.sessions.findActive(`${created.token}x`)).toBeNull();
    });

    it('expires a session after its time to live, and slides the expiry when it is used', async () => {
      const start = new Date('2021-01-11T09:00:00.000Z');
      const { token, expiresAt } = await store.repos.sessions.create({
        userId: world.observer.id,
        ttlMs: HOUR,
        now: start,
      });
      expect(expiresAt).toBe('2021-01-11T10:00:00.000Z');
      const later = new Date(start.getTime() + 50 * 60 * 1000);
      const used = await store.repos.sessions.findActive(token, { now: later, ttlMs: HOUR });
      expect(used?.session.expiresAt).toBe('2021-01-11T10:50:00.000Z');
      // Used again within the minute: the expiry stays (no write for every request); a minute on, it slides.
      const soon = await store.repos.sessions.findActive(token, {
        now: new Date(later.getTime() + 30_000),
        ttlMs: HOUR,
      });
      expect(soon?.session.expiresAt).toBe('2021-01-11T10:50:00.000Z');
      const minuteOn = await store.repos.sessions.findActive(token, {
        now: new Date(later.getTime() + 60_000),
        ttlMs: HOUR,
      });
      expect(minuteOn?.session.expiresAt).toBe('2021-01-11T10:51:00.000Z');
      expect(
        await store.repos.sessions.findActive(token, { now: new Date(start.getTime() + 115 * 60 * 1000) }),
      ).toBe(null);
      expect(await store.repos.sessions.purgeExpired(new Date(start.getTime() + 2 * HOUR))).toBe(1);
    });

    it('logs in and out as audit events naming the user but not the token', async () => {
      const { token } = await store.repos.sessions.create({ userId: world.liaisonAz.id, ip: '10.1.1.1' });
      expect(await store.repos.sessions.revoke(token)).toBe(true);
      expect(await store.repos.sessions.findActive(token)).toBeNull();
      expect(await store.repos.sessions.revoke(token)).toBe(false);
      const { items } = await store.repos.audit.list(COORDINATOR_SCOPE, { actor: 'liaison-az' });
      expect(items.map((e) => e.action)).toEqual(['auth.logout', 'auth.login']);
      expect(JSON.stringify(items)).not.toContain(token);
    });

    it('serves a session created by one instance to another on the same database', async () => {
      const shared = await createTestDatabase(dialect);
      const first = await openStore(shared.target);
      const second = await openStore(shared.target);
      try {
        const world2 = await seedSmallWorld(first);
        const { token } = await first.repos.sessions.create({ userId: world2.liaisonAm.id });
        expect((await second.repos.sessions.findActive(token))?.user.id).toBe(world2.liaisonAm.id);
        await second.repos.sessions.revoke(token);
        expect(await first.repos.sessions.findActive(token)).toBeNull();
      } finally {
        await first.close();
        await second.close();
        await shared.drop();
      }
    });
  });
}
