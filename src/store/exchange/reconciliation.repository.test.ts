import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../errors.js';
import type { Store } from '../store.js';
import { COORDINATOR_SCOPE, ctxOf, type SmallWorld, scopeOf } from '../testing/fixtures.js';
import { openTestStore, testDialects } from '../testing/test-store.js';
import { finishRun, seedExchangeLists } from './reconciliation.test-fixtures.js';

for (const dialect of testDialects()) {
  describe(`reconciliation runs on ${dialect}`, () => {
    let store: Store;
    let world: SmallWorld;
    beforeEach(async () => {
      store = await openTestStore(dialect);
      world = await seedExchangeLists(store);
    });
    afterEach(async () => store.close());

    it('starts a run over the latest versions of the two parties, in code order, with its thresholds', async () => {
      const run = await store.repos.reconciliations.start(ctxOf(world.coordinator), {
        upper: 0.9,
        lower: 0.6,
      });
      expect(run).toMatchObject({ status: 'queued', partyIds: [world.am.id, world.az.id] });
      expect(await store.repos.reconciliations.findById(COORDINATOR_SCOPE, run.id)).toMatchObject({
        partyIds: [world.am.id, world.az.id],
        thresholds: { upper: 0.9, lower: 0.6 },
      });
      const inputs = await store.repos.reconciliations.inputs(run.id);
      expect(
        inputs.lists.map((l) => [l.partyId === world.am.id ? 'AM' : 'AZ', l.kind, l.entries.length]),
      ).toEqual([
        ['AM', 'missing', 6],
        ['AM', 'held', 3],
        ['AZ', 'missing', 3],
        ['AZ', 'held', 6],
      ]);
    });

    it("shows runs to liaisons only once shared, and to the parties' liaisons only", async () => {
      const { runId } = await finishRun(store, ctxOf(world.coordinator), []);
      const am = scopeOf(world.liaisonAm);
      expect(await store.repos.reconciliations.list(am)).toEqual([]);
      expect(await store.repos.reconciliations.findById(am, runId)).toBeNull();
      const shared = await store.repos.reconciliations.share(ctxOf(world.coordinator), runId);
      expect(shared?.sharedAt).not.toBeNull();
      expect((await store.repos.reconciliations.list(am)).map((r) => r.id)).toEqual([runId]);
      expect(await store.repos.reconciliations.list(scopeOf(world.observer))).toEqual([]);
      // A liaison of a party that is not one of the run's sees nothing, shared or not.
      expect(await store.repos.reconciliations.list({ ...am, partyId: world.pk.id })).toEqual([]);
    });

    it('shares only a finished run, and stores a finished run whole: pairs, counts, done', async () => {
      const run = await store.repos.reconciliations.start(ctxOf(world.coordinator));
      const refused = await store.repos.reconciliations
        .share(ctxOf(world.coordinator), run.id)
        .catch((e) => e);
      expect(refused).toBeInstanceOf(StoreError);
      const { runId } = await finishRun(store, ctxOf(world.coordinator), [
        { missing: 'Պետրոսյան Արամ', held: 'Petrosyan Aram' },
        { missing: 'Սարգսյան Գևորգ', held: 'Sarkisyan Gevorg', review: true },
      ]);
      const done = await store.repos.reconciliations.findById(COORDINATOR_SCOPE, runId);
      expect(done).toMatchObject({ status: 'done', counts: { matched: 1 } });
      const review = await store.repos.runPairs.review(COORDINATOR_SCOPE, runId, {
        offset: 0,
        limit: 10,
        show: 'all',
      });
      expect(review?.items.map((p) => [p.missing.displayName, p.held.displayName])).toEqual([
        ['Սարգսյան Գևորգ', 'Sarkisyan Gevorg'],
      ]);
      expect(
        await store.repos.runPairs.review(scopeOf(world.liaisonAm), runId, {
          offset: 0,
          limit: 10,
          show: 'all',
        }),
      ).toBeNull();
      // A finished run is not taken up again.
      expect(await store.repos.reconciliations.markRunning(runId, { staleAfterMs: 0 })).toBeNull();
    });

    it('serves nothing of a run before its switch, and takes over only a run whose worker went silent', async () => {
      const ctx = ctxOf(world.coordinator);
      const { reconciliations, exchangePersons } = store.repos;
      const run = await reconciliations.start(ctx);
      const claim = await reconciliations.markRunning(run.id);
      expect(claim?.run.status).toBe('running');
      const token = claim!.token;
      // A second worker (another instance's retried job) leaves a run with a live heartbeat alone.
      expect(await reconciliations.markRunning(run.id, { staleAfterMs: 60_000 })).toBeNull();

      const inputs = await reconciliations.inputs(run.id);
      const missing = inputs.lists.find((l) => l.kind === 'missing' && l.partyId === world.am.id)!;
      const held = inputs.lists.find((l) => l.kind === 'held' && l.partyId === world.az.id)!;
      const pair = {
        missingEntryId: missing.entries[0].id,
        heldEntryId: held.entries[0].id,
        missingPartyId: world.am.id,
        heldPartyId: world.az.id,
        missingKey: missing.entries[0].key,
        heldKey: held.entries[0].key,
        probability: 0.7,
        class: 'review' as const,
        explanationJson: null,
      };
      const person = (name: string, key: string) => ({
        id: `p-${key.slice(0, 8)}`,
        ownPartyId: world.am.id,
        holdingPartyId: null,
        displayName: name,
        status: 'listed' as const,
        missingKey: key,
        heldKey: null,
        entryIds: [],
        runId: run.id,
      });
      const changes = missing.entries.flatMap((entry) => {
        const p = person(entry.displayName, entry.key);
        return [
          { kind: 'create' as const, person: p },
          {
            kind: 'status' as const,
            personId: p.id,
            from: null,
            to: 'listed' as const,
            event: null,
            reason: { key: 'listedMissing' as const, params: {} },
          },
        ];
      });
      await reconciliations.savePairs(ctx, run.id, token, [pair], { batchRows: 1 });
      await reconciliations.stagePersons(ctx, run.id, token, changes, { batchRows: 2 });
      // Written under the run, served by nothing yet.
      expect((await exchangePersons.list(COORDINATOR_SCOPE)).items).toEqual([]);
      const notDone = await store.repos.runPairs
        .review(COORDINATOR_SCOPE, run.id, { offset: 0, limit: 10, show: 'all' })
        .catch((e) => e);
      expect(notDone).toBeInstanceOf(StoreError);
      expect(notDone.code).toBe('conflict');

      // Its worker went silent: another takes the run over, and what the first wrote goes.
      await store.db
        .updateTable('reconciliation')
        .set({ heartbeat_at: '2020-01-01T00:00:00.000Z' })
        .where('id', '=', run.id)
        .execute();
      const second = await reconciliations.markRunning(run.id, { staleAfterMs: 60_000 });
      expect(second).not.toBeNull();
      const staged = await store.db
        .selectFrom('reconciliation_person_stage')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(staged.n)).toBe(0);
      const pairs = await store.db
        .selectFrom('reconciliation_pair')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('reconciliation_id', '=', run.id)
        .executeTakeFirstOrThrow();
      expect(Number(pairs.n)).toBe(0);
      // The first worker's writes are refused from then on, its heartbeat says so, and it cannot fail the run.
      expect(await reconciliations.heartbeat(run.id, token)).toBe(false);
      await expect(reconciliations.savePairs(ctx, run.id, token, [pair])).rejects.toThrow(/no longer holds/);
      await expect(
        reconciliations.switchOn(ctx, run.id, token, { matched: 0, review: 1, unmatched: [] }),
      ).rejects.toThrow(/no longer holds/);
      await reconciliations.fail(run.id, 'late failure of the first worker', token);
      expect((await reconciliations.findById(COORDINATOR_SCOPE, run.id))?.status).toBe('running');

      // The second worker's switch brings the pairs and the persons, each with their history, at once.
      await reconciliations.complete(ctx, run.id, second!.token, {
        pairs: [pair],
        counts: { matched: 0, review: 1, unmatched: [] },
        personChanges: changes,
      });
      const persons = (await exchangePersons.list(COORDINATOR_SCOPE)).items;
      expect(persons.map((p) => p.displayName).sort()).toEqual(
        missing.entries.map((e) => e.displayName).sort(),
      );
      for (const p of persons) {
        expect((await exchangePersons.findById(COORDINATOR_SCOPE, p.id))?.history.map((h) => h.to)).toEqual([
          'listed',
        ]);
      }
      expect(
        (await store.repos.runPairs.review(COORDINATOR_SCOPE, run.id, { offset: 0, limit: 10, show: 'all' }))
          ?.total,
      ).toBe(1);
      const leftover = await store.db
        .selectFrom('reconciliation_history_stage')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(leftover.n)).toBe(0);
    });

    it('refuses to switch on a run planned before another run switched on (two instances, two runs)', async () => {
      const ctx = ctxOf(world.coordinator);
      const { reconciliations } = store.repos;
      const counts = { matched: 0, review: 0, unmatched: [] };
      const first = (await reconciliations.markRunning((await reconciliations.start(ctx)).id))!;
      const second = (await reconciliations.markRunning((await reconciliations.start(ctx)).id))!;
      const plannedAt = new Date(Date.now() - 1000).toISOString();
      await reconciliations.switchOn(ctx, first.run.id, first.token, counts, { plannedAt });
      await expect(
        reconciliations.switchOn(ctx, second.run.id, second.token, counts, { plannedAt }),
      ).rejects.toThrow(/finished while this one was saving/);
      expect((await reconciliations.findById(COORDINATOR_SCOPE, second.run.id))?.status).toBe('running');
      // Planned after it: switched on.
      await reconciliations.switchOn(ctx, second.run.id, second.token, counts, {
        plannedAt: new Date().toISOString(),
      });
      expect((await reconciliations.findById(COORDINATOR_SCOPE, second.run.id))?.status).toBe('done');
    });

    it('a failed run leaves nothing behind, and a restart fails the unfinished ones and clears them', async () => {
      const ctx = ctxOf(world.coordinator);
      const { reconciliations } = store.repos;
      const { runId: doneRun } = await finishRun(store, ctx, [
        { missing: 'Պետրոսյան Արամ', held: 'Petrosyan Aram', review: true },
      ]);
      const run = await reconciliations.start(ctx);
      const claim = (await reconciliations.markRunning(run.id))!;
      const inputs = await reconciliations.inputs(run.id);
      const m = inputs.lists.find((l) => l.kind === 'missing' && l.partyId === world.am.id)!.entries[0];
      const h = inputs.lists.find((l) => l.kind === 'held' && l.partyId === world.az.id)!.entries[0];
      await reconciliations.savePairs(ctx, run.id, claim.token, [
        {
          missingEntryId: m.id,
          heldEntryId: h.id,
          missingPartyId: world.am.id,
          heldPartyId: world.az.id,
          missingKey: m.key,
          heldKey: h.key,
          probability: 0.7,
          class: 'review',
          explanationJson: null,
        },
      ]);
      expect(await reconciliations.failUnfinished('restarted')).toBe(1);
      const failed = await reconciliations.findById(COORDINATOR_SCOPE, run.id);
      expect(failed).toMatchObject({ status: 'failed', error: 'restarted' });
      const left = await store.db
        .selectFrom('reconciliation_pair')
        .select('reconciliation_id')
        .distinct()
        .execute();
      expect(left.map((r) => r.reconciliation_id)).toEqual([doneRun]);
    });
  });
}
