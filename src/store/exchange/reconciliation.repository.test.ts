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
      const review = await store.repos.reconciliations.review(COORDINATOR_SCOPE, runId, {
        offset: 0,
        limit: 10,
      });
      expect(review?.items.map((p) => [p.missing.displayName, p.held.displayName])).toEqual([
        ['Սարգսյան Գևորգ', 'Sarkisyan Gevorg'],
      ]);
      expect(
        await store.repos.reconciliations.review(scopeOf(world.liaisonAm), runId, { offset: 0, limit: 10 }),
      ).toBeNull();
      // Taken up again (a retried job), its partial pairs go.
      await store.db
        .updateTable('reconciliation')
        .set({ status: 'running' })
        .where('id', '=', runId)
        .execute();
      await store.repos.reconciliations.markRunning(runId);
      expect(
        (await store.repos.reconciliations.review(COORDINATOR_SCOPE, runId, { offset: 0, limit: 10 }))?.total,
      ).toBe(0);
    });
  });
}
