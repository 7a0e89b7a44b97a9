import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store.js';
import {
  COORDINATOR_SCOPE,
  ctxOf,
  type SmallWorld,
  scopeOf,
  seedSmallWorld,
  TEST_CTX,
} from '../testing/fixtures.js';
import { createTestDatabase, openTestStore, testDialects } from '../testing/test-store.js';

for (const dialect of testDialects()) {
  describe(`audit log on ${dialect}`, () => {
    let store: Store;
    let world: SmallWorld;
    beforeEach(async () => {
      store = await openTestStore(dialect);
      world = await seedSmallWorld(store);
    });
    afterEach(async () => {
      await store.close();
    });

    it('records every write with its actor, action, entity and a chained hash', async () => {
      const { items, total } = await store.repos.audit.list(COORDINATOR_SCOPE, { limit: 100 });
      expect(total).toBe(7);
      expect(items.map((e) => e.seq)).toEqual([7, 6, 5, 4, 3, 2, 1]);
      const first = items.at(-1)!;
      expect(first).toMatchObject({
        action: 'party.create',
        entityType: 'party',
        entityId: world.am.id,
        actor: { userId: null, username: 'test-operator', via: 'cli' },
        prevHash: null,
      });
      expect(first.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      for (let i = 0; i < items.length - 1; i++) expect(items[i].prevHash).toBe(items[i + 1].hash);
      expect(await store.repos.audit.verifyChain()).toEqual({ ok: true, checked: 7 });
    });

    it('filters by actor, action, entity and time, and pages', async () => {
      await store.repos.parties.update(ctxOf(world.coordinator), world.az.id, {
        names: { az: 'Azərbaycan' },
      });
      const audit = store.repos.audit;
      expect((await audit.list(COORDINATOR_SCOPE, { actor: 'coord' })).items.map((e) => e.action)).toEqual([
        'party.update',
      ]);
      expect((await audit.list(COORDINATOR_SCOPE, { action: 'user.create' })).total).toBe(4);
      expect(
        (await audit.list(COORDINATOR_SCOPE, { entityType: 'party', entityId: world.az.id })).total,
      ).toBe(2);
      const page = await audit.list(COORDINATOR_SCOPE, { limit: 3, offset: 3 });
      expect(page).toMatchObject({ total: 8 });
      expect(page.items.map((e) => e.seq)).toEqual([5, 4, 3]);
      expect((await audit.list(COORDINATOR_SCOPE, { from: '2000-01-01', to: '2000-12-31' })).total).toBe(0);
      const today = new Date().toISOString().slice(0, 10);
      expect((await audit.list(COORDINATOR_SCOPE, { from: today, to: today })).total).toBe(8);
    });

    it('shows anyone but a coordinator only the entries of their own actions', async () => {
      await store.repos.users.updatePreferences(ctxOf(world.liaisonAm), world.liaisonAm.id, { locale: 'hy' });
      const mine = await store.repos.audit.list(scopeOf(world.liaisonAm));
      expect(mine.items.map((e) => e.action)).toEqual(['user.update_preferences']);
      expect((await store.repos.audit.list(scopeOf(world.liaisonAz))).total).toBe(0);
    });

    it('writes the entry in the same transaction as the write: if either fails, neither is kept', async () => {
      await expect(
        store.transaction(async (repos) => {
          await repos.parties.create(TEST_CTX, { code: 'RU', kind: 'intermediary', names: { en: 'Russia' } });
          throw new Error('the caller changed its mind');
        }),
      ).rejects.toThrow('the caller changed its mind');
      expect(await store.repos.parties.findByCode(COORDINATOR_SCOPE, 'RU')).toBeNull();
      expect((await store.repos.audit.list(COORDINATOR_SCOPE)).total).toBe(7);

      // The audit entry cannot be written: the party must not be created either.
      await sql`alter table audit_log rename to audit_log_away`.execute(store.db);
      await expect(
        store.repos.parties.create(TEST_CTX, { code: 'FR', kind: 'observer', names: { en: 'France' } }),
      ).rejects.toThrow();
      await sql`alter table audit_log_away rename to audit_log`.execute(store.db);
      expect(await store.repos.parties.findByCode(COORDINATOR_SCOPE, 'FR')).toBeNull();
      expect(await store.repos.audit.verifyChain()).toEqual({ ok: true, checked: 7 });
    });

    it('keeps one unbroken chain under concurrent writes on one instance', async () => {
      await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          store.repos.parties.create(TEST_CTX, { code: `C${i}`, kind: 'party', names: { en: `Party ${i}` } }),
        ),
      );
      expect(await store.repos.audit.verifyChain()).toEqual({ ok: true, checked: 19 });
    });

    it('names the entry whose audited content was edited with raw SQL', async () => {
      const target = (await store.repos.audit.list(COORDINATOR_SCOPE, { entityId: world.liaisonAz.id }))
        .items[0];
      expect(target.summary.role).toBe('liaison');
      // Someone rewrites history: the liaison was created as a coordinator.
      const forged = JSON.stringify({ ...target.summary, role: 'coordinator' });
      await sql`update audit_log set summary = ${forged} where id = ${target.id}`.execute(store.db);
      expect(await store.repos.audit.verifyChain()).toEqual({
        ok: false,
        checked: target.seq - 1,
        firstBad: { seq: target.seq, id: target.id, reason: 'content does not match its hash' },
      });
    });

    it('names the entry after one that was deleted, and one whose actor was changed', async () => {
      await sql`update audit_log set actor_username = ${'someone-else'} where seq = 6`.execute(store.db);
      expect(await store.repos.audit.verifyChain()).toMatchObject({ ok: false, firstBad: { seq: 6 } });
      await sql`delete from audit_log where seq = 3`.execute(store.db);
      expect(await store.repos.audit.verifyChain()).toMatchObject({
        ok: false,
        checked: 2,
        firstBad: { seq: 4, reason: 'sequence number 4 where 3 was expected' },
      });
    });

    // Several instances share one database only on PostgreSQL; SQLite is one server (plus the CLI).
    it.runIf(dialect === 'postgres')(
      'keeps one unbroken chain when two instances write at the same time',
      async () => {
        const shared = await createTestDatabase(dialect);
        const first = await openStore(shared.target);
        const second = await openStore(shared.target);
        try {
          await Promise.all(
            Array.from({ length: 16 }, (_, i) =>
              (i % 2 ? first : second).repos.parties.create(TEST_CTX, {
                code: `P${i}`,
                kind: 'party',
                names: { en: `Party ${i}` },
              }),
            ),
          );
          expect(await first.repos.audit.verifyChain()).toEqual({ ok: true, checked: 16 });
        } finally {
          await first.close();
          await second.close();
          await shared.drop();
        }
      },
    );
  });
}
