import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashAuditContent } from '../../domain/audit/hash-chain.js';
import type { AuditEntry } from '../../domain/audit/types.js';
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
        firstBad: {
          seq: target.seq,
          id: target.id,
          reason: 'content does not match its keyed hash (edited, or sealed with another key)',
        },
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

    /** The whole log, oldest first. */
    const allEntries = async () =>
      (await store.repos.audit.list(COORDINATOR_SCOPE, { limit: 500 })).items.reverse();

    /** An attacker with the database but not the key: edits entry `seq`, then reseals it and every later one. */
    async function rewriteFrom(seq: number, version: 1 | 2, edit = true) {
      let prevHash: string | null = null;
      for (const entry of await allEntries()) {
        if (entry.seq < seq) {
          prevHash = entry.hash;
          continue;
        }
        const edited: AuditEntry = {
          ...entry,
          version,
          prevHash,
          actor: edit && entry.seq === seq ? { ...entry.actor, username: 'someone-else' } : entry.actor,
        };
        const hash = hashAuditContent(edited);
        await sql`update audit_log set version = ${version}, actor_username = ${edited.actor.username},
          prev_hash = ${prevHash}, hash = ${hash} where seq = ${entry.seq}`.execute(store.db);
        prevHash = hash;
      }
    }

    it('a middle entry rewritten and every later hash recomputed (without the key) is named', async () => {
      await rewriteFrom(4, 2);
      expect(await store.repos.audit.verifyChain()).toMatchObject({
        ok: false,
        checked: 3,
        firstBad: {
          seq: 4,
          reason: 'content does not match its keyed hash (edited, or sealed with another key)',
        },
      });
    });

    it('a rewrite passed off as unkeyed entries is named once a checkpoint says where unkeyed entries end', async () => {
      await store.repos.audit.checkpoint();
      await rewriteFrom(1, 1);
      expect(await store.repos.audit.verifyChain()).toMatchObject({
        ok: false,
        firstBad: { seq: 1, reason: 'an unkeyed entry after the chain became keyed at #1' },
      });
    });

    it('a deleted tail is named against a checkpoint an observer kept, even when the stored ones are gone', async () => {
      const kept = await store.repos.audit.checkpoint();
      expect(kept).toMatchObject({ seq: 7, legacyUntil: 0 });
      await sql`delete from audit_log where seq = 7`.execute(store.db);
      await sql`delete from audit_checkpoint`.execute(store.db);
      expect(await store.repos.audit.verifyChain()).toEqual({ ok: true, checked: 6 });
      expect(await store.repos.audit.verifyChain({ checkpoints: [kept!] })).toMatchObject({
        ok: false,
        checked: 6,
        firstBad: { seq: 7, reason: expect.stringContaining('the log ends at #6') },
      });
    });

    it('a checkpoint whose hash or signature was changed is refused', async () => {
      const kept = (await store.repos.audit.checkpoint())!;
      const forged = { ...kept, hash: 'f'.repeat(64) };
      expect(await store.repos.audit.verifyChain({ checkpoints: [forged] })).toMatchObject({
        ok: false,
        firstBad: { seq: 7, reason: expect.stringContaining("not signed with this installation's key") },
      });
    });

    it('entries from before the keyed chain verify the old way and are anchored by the first checkpoint', async () => {
      // The log as an earlier release wrote it: every entry plain SHA-256, no checkpoint.
      await rewriteFrom(1, 1, false);
      expect(await store.repos.audit.verifyChain()).toEqual({ ok: true, checked: 7 });

      await store.repos.audit.anchorLegacyEntries();
      const { items } = await store.repos.audit.checkpoints();
      expect(items).toMatchObject([{ seq: 7, legacyUntil: 7 }]);
      await store.repos.parties.create(TEST_CTX, { code: 'NEW', kind: 'party', names: { en: 'New' } });
      expect((await allEntries()).map((e) => e.version)).toEqual([1, 1, 1, 1, 1, 1, 1, 2]);
      expect(await store.repos.audit.verifyChain()).toEqual({ ok: true, checked: 8 });

      // A legacy entry rewritten with every unkeyed hash after it recomputed no longer meets the checkpoint.
      await rewriteFrom(3, 1);
      expect(await store.repos.audit.verifyChain()).toMatchObject({ ok: false, firstBad: { seq: 7 } });
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
