import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import {
  COORDINATOR_SCOPE,
  ctxOf,
  type SmallWorld,
  scopeOf,
  seedSmallWorld,
  TEST_CTX,
  TEST_PASSWORD,
} from '../testing/fixtures.js';
import { openTestStore, testDialects } from '../testing/test-store.js';

for (const dialect of testDialects()) {
  describe(`users on ${dialect}`, () => {
    let store: Store;
    let world: SmallWorld;
    beforeEach(async () => {
      store = await openTestStore(dialect);
      world = await seedSmallWorld(store);
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores an argon2id hash, never the password, and signs in case-insensitively', async () => {
      const row = await store.db
        .selectFrom('app_user')
        .select('password_hash')
        .where('id', '=', world.liaisonAm.id)
        .executeTakeFirstOrThrow();
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(row.password_hash).not.toContain(TEST_PASSWORD);
      expect((await store.repos.users.authenticate('Liaison-AM', TEST_PASSWORD))?.id).toBe(
        world.liaisonAm.id,
      );
    });

    it('refuses a wrong password, an unknown user and an inactive user alike, and audits each failure', async () => {
      await store.repos.users.update(TEST_CTX, world.observer.id, { active: false });
      expect(await store.repos.users.authenticate('liaison-am', 'wrong password')).toBeNull();
      expect(await store.repos.users.authenticate('nobody', TEST_PASSWORD)).toBeNull();
      expect(await store.repos.users.authenticate('watcher', TEST_PASSWORD)).toBeNull();
      const { items } = await store.repos.audit.list(COORDINATOR_SCOPE, { action: 'auth.login_failed' });
      expect(items.map((e) => [e.actor.username, e.summary.reason])).toEqual([
        ['watcher', 'inactive'],
        ['nobody', 'unknown_user'],
        ['liaison-am', 'wrong_password'],
      ]);
      expect(JSON.stringify(items)).not.toContain('wrong password');
    });

    it('shows a liaison only the users of its own party, an observer only itself', async () => {
      const asAm = await store.repos.users.list(scopeOf(world.liaisonAm));
      expect(asAm.map((u) => u.username)).toEqual(['liaison-am']);
      expect(await store.repos.users.findById(scopeOf(world.liaisonAm), world.liaisonAz.id)).toBeNull();
      expect(await store.repos.users.findById(scopeOf(world.liaisonAz), world.liaisonAz.id)).not.toBeNull();
      expect((await store.repos.users.list(scopeOf(world.observer))).map((u) => u.username)).toEqual([
        'watcher',
      ]);
      expect(await store.repos.users.list(scopeOf(world.coordinator))).toHaveLength(4);
    });

    it('enforces the role rules and a unique username, naming the field', async () => {
      await expect(
        store.repos.users.create(TEST_CTX, { username: 'l2', role: 'liaison', password: TEST_PASSWORD }),
      ).rejects.toMatchObject({ code: 'invalid', fields: [{ path: 'partyId' }] });
      await expect(
        store.repos.users.create(TEST_CTX, {
          username: 'l3',
          role: 'liaison',
          partyId: world.pk.id,
          password: TEST_PASSWORD,
        }),
      ).rejects.toMatchObject({ code: 'invalid', fields: [{ path: 'partyId' }] });
      await expect(
        store.repos.users.create(TEST_CTX, { username: 'COORD', role: 'observer', password: TEST_PASSWORD }),
      ).rejects.toMatchObject({ code: 'conflict', fields: [{ path: 'username' }] });
      await expect(
        store.repos.users.create(TEST_CTX, { username: 'shorty', role: 'observer', password: 'short' }),
      ).rejects.toMatchObject({ code: 'invalid', fields: [{ path: 'password' }] });
      const officer = await store.repos.users.create(TEST_CTX, {
        username: 'officer-1',
        role: 'field_officer',
        partyId: world.pk.id,
        post: 'Lachin checkpoint',
        password: TEST_PASSWORD,
        timeZone: 'Asia/Baku',
        locale: 'az',
      });
      expect(officer).toMatchObject({
        post: 'Lachin checkpoint',
        timeZone: 'Asia/Baku',
        locale: 'az',
        active: true,
      });
    });

    it('lets only one of two simultaneous creations of a username succeed, the other a conflict', async () => {
      const create = () =>
        store.repos.users.create(TEST_CTX, { username: 'twin', role: 'observer', password: TEST_PASSWORD });
      const results = await Promise.allSettled([create(), create()]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(rejected.reason).toMatchObject({ code: 'conflict', fields: [{ path: 'username' }] });
      expect(await store.repos.audit.verifyChain()).toEqual({ ok: true, checked: 8 });
    });

    it('deactivating a user ends their sessions and stops them signing in', async () => {
      const { token } = await store.repos.sessions.create({ userId: world.liaisonAz.id });
      expect(await store.repos.sessions.findActive(token)).not.toBeNull();
      const updated = await store.repos.users.update(ctxOf(world.coordinator), world.liaisonAz.id, {
        active: false,
        displayName: 'Former liaison',
      });
      expect(updated).toMatchObject({ active: false, displayName: 'Former liaison' });
      expect(await store.repos.sessions.findActive(token)).toBeNull();
      expect(await store.repos.users.authenticate('liaison-az', TEST_PASSWORD)).toBeNull();
      const [entry] = (
        await store.repos.audit.list(COORDINATOR_SCOPE, { entityId: world.liaisonAz.id })
      ).items.filter((e) => e.action === 'user.deactivate');
      expect(entry.actor).toEqual({ userId: world.coordinator.id, username: 'coord', via: 'api' });
      expect(entry.summary).toMatchObject({
        changes: { active: { from: true, to: false } },
        sessionsEnded: 1,
      });
    });

    it('resetting a password ends sessions and never writes the password or its hash to the log', async () => {
      const { token } = await store.repos.sessions.create({ userId: world.liaisonAm.id });
      expect(await store.repos.users.resetPassword(TEST_CTX, world.liaisonAm.id, 'a brand new secret')).toBe(
        true,
      );
      expect(await store.repos.sessions.findActive(token)).toBeNull();
      expect(await store.repos.users.authenticate('liaison-am', TEST_PASSWORD)).toBeNull();
      expect(await store.repos.users.authenticate('liaison-am', 'a brand new secret')).not.toBeNull();
      const log = await sql<{ summary: string }>`select summary from audit_log`.execute(store.db);
      const text = log.rows.map((r) => r.summary).join('\n');
      expect(text).not.toContain('a brand new secret');
      expect(text).not.toContain('$argon2id$');
      expect(text).not.toContain(token);
    });

    it('saves preferences and rejects an unknown time zone', async () => {
      const user = await store.repos.users.updatePreferences(ctxOf(world.liaisonAm), world.liaisonAm.id, {
        locale: 'hy',
        timeZone: 'Asia/Yerevan',
      });
      expect(user).toMatchObject({ locale: 'hy', timeZone: 'Asia/Yerevan' });
      await expect(
        store.repos.users.updatePreferences(ctxOf(world.liaisonAm), world.liaisonAm.id, {
          timeZone: 'Mars/Olympus',
        }),
      ).rejects.toMatchObject({ code: 'invalid', fields: [{ path: 'timeZone' }] });
      expect((await store.repos.users.findById(COORDINATOR_SCOPE, world.liaisonAm.id))?.timeZone).toBe(
        'Asia/Yerevan',
      );
    });
  });
}
