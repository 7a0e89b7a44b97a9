import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import { COORDINATOR_SCOPE, ctxOf, type SmallWorld, scopeOf } from '../testing/fixtures.js';
import { openTestStore, testDialects } from '../testing/test-store.js';
import { finishRun, seedExchangeLists } from './reconciliation.test-fixtures.js';

const today = () => new Date().toISOString().slice(0, 10);

for (const dialect of testDialects()) {
  describe(`the discrepancy report on ${dialect}`, () => {
    let store: Store;
    let world: SmallWorld;
    beforeEach(async () => {
      store = await openTestStore(dialect);
      world = await seedExchangeLists(store);
    });
    afterEach(async () => store.close());

    it('counts a link when confirmed, or matched and not rejected', async () => {
      const ctx = ctxOf(world.coordinator);
      const { pairIds, runId } = await finishRun(store, ctx, [
        { missing: 'Պետրոսյան Արամ', held: 'Petrosyan Aram' },
        { missing: 'Սարգսյան Գևորգ', held: 'Sarkisyan Gevorg', review: true },
        { missing: 'Арутюнян Сергей', held: 'Harutyunyan Sergey' },
        { missing: 'Ավետիսյան Նարեկ', held: 'Avetisyan Narek', review: true },
      ]);
      const decide = (name: string, decision: 'confirmed' | 'rejected') =>
        store.repos.pairDecisions.decide(ctx, pairIds.get(name) as string, {
          decision,
          note: '',
          version: 0,
        });
      await decide('Սարգսյան Գևորգ', 'confirmed');
      await decide('Арутюнян Сергей', 'rejected');
      const report = await store.repos.discrepancyReports.build(COORDINATOR_SCOPE, today());
      const armenia = report?.sides.find((s) => s.partyId === world.am.id);
      // Matched and not rejected, and confirmed from review; not the rejected match, not the review left open.
      expect(armenia?.locatedInOtherList.names.sort()).toEqual(['Պետրոսյան Արամ', 'Սարգսյան Գևորգ'].sort());
      expect(armenia?.claimedMissing.count).toBe(6);
      // The review left open: its claim awaits review, its held person is neither claimed nor "not claimed".
      expect(armenia?.awaitingReview.names).toEqual(['Ավետիսյան Նարեկ']);
      expect(armenia?.claimedButNotLocated.names).not.toContain('Ավետիսյան Նարեկ');
      expect(armenia?.heldButNotClaimed.count).toBe(3);
      // The run's results read the same computation.
      expect((await store.repos.discrepancyReports.forRun(COORDINATOR_SCOPE, runId))?.sides).toEqual(
        report?.sides,
      );
    });

    it('builds the live report for the coordinator only, and serves what was published to everyone', async () => {
      await finishRun(store, ctxOf(world.coordinator), []);
      expect(await store.repos.discrepancyReports.build(scopeOf(world.observer), today())).toBeNull();
      // A liaison: nothing before the run is shared, then its own side only.
      const { runId } = await finishRun(store, ctxOf(world.coordinator), [
        { missing: 'Պետրոսյան Արամ', held: 'Petrosyan Aram' },
      ]);
      const am = scopeOf(world.liaisonAm);
      expect(await store.repos.discrepancyReports.build(am, today())).toBeNull();
      expect(await store.repos.discrepancyReports.forRun(am, runId)).toBeNull();
      await store.repos.reconciliations.share(ctxOf(world.coordinator), runId);
      const own = await store.repos.discrepancyReports.build(am, today());
      expect(own?.sides.map((s) => s.partyId)).toEqual([world.am.id]);
      expect((await store.repos.discrepancyReports.forRun(am, runId))?.sides).toEqual(own?.sides);
      expect(await store.repos.discrepancyReports.published()).toBeNull();
      const published = await store.repos.discrepancyReports.publish(ctxOf(world.coordinator), today());
      expect(await store.repos.discrepancyReports.published()).toEqual(published);
    });
  });
}
