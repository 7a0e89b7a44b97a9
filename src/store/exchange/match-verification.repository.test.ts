import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isVerifiableMatch } from '../../domain/exchange/plan-readiness.js';
import type { Store } from '../store.js';
import { COORDINATOR_SCOPE, ctxOf, type SmallWorld, scopeOf } from '../testing/fixtures.js';
import { openTestStore, testDialects } from '../testing/test-store.js';
import { finishRun, seedExchangeLists } from './reconciliation.test-fixtures.js';

for (const dialect of testDialects()) {
  describe(`matches to verify on ${dialect}`, () => {
    let store: Store;
    let world: SmallWorld;
    let runId: string;
    let reviewPairId: string;
    beforeEach(async () => {
      store = await openTestStore(dialect);
      world = await seedExchangeLists(store);
      const run = await finishRun(store, ctxOf(world.coordinator), [
        { missing: 'Պետրոսյան Արամ', held: 'Petrosyan Aram' },
        { missing: 'Սարգսյան Գևորգ', held: 'Sarkisyan Gevorg', review: true },
      ]);
      runId = run.runId;
      reviewPairId = run.pairIds.get('Սարգսյան Գևորգ') as string;
    });
    afterEach(async () => store.close());

    it('joins each located person to its pair of the run, and counts the pairs no one has decided', async () => {
      const matches = await store.repos.exchangeMatches.locatedMatches(COORDINATOR_SCOPE, runId);
      expect(matches).toEqual([
        { personId: expect.any(String), displayName: 'Պետրոսյան Արամ', pairClass: 'matched', decision: null },
      ]);
      expect(await store.repos.exchangeMatches.undecidedReviewPairs(COORDINATOR_SCOPE, runId)).toBe(1);
      const verifiable = async () => {
        const all = await store.repos.exchangeMatches.locatedMatches(COORDINATOR_SCOPE, runId);
        const counted = await store.repos.exchangeMatches.verifiableMatchCount(COORDINATOR_SCOPE, runId);
        // The count in SQL agrees with the domain's rule over every match.
        expect(counted).toBe(
          new Set(all.filter((m) => isVerifiableMatch(m.pairClass, m.decision)).map((m) => m.personId)).size,
        );
        return counted;
      };
      expect(await verifiable()).toBe(1);
      const located = await store.repos.exchangePersons.list(COORDINATOR_SCOPE, { status: 'located' });
      expect(await store.repos.exchangeMatches.locatedCount(COORDINATOR_SCOPE)).toBe(located.items.length);

      await store.repos.pairDecisions.decide(ctxOf(world.coordinator), reviewPairId, {
        decision: 'unsure',
        note: '',
        version: 0,
      });
      expect(await store.repos.exchangeMatches.undecidedReviewPairs(COORDINATOR_SCOPE, runId)).toBe(0);
      expect(await store.repos.exchangeMatches.locatedMatches(COORDINATOR_SCOPE, 'no-such-run')).toEqual([]);
      // An automatic match rejected is no longer verifiable at once.
      const matched = (await store.repos.runPairs.page(COORDINATOR_SCOPE, runId, {
        offset: 0,
        limit: 10,
        status: 'matched',
      }))!.items[0];
      await store.repos.pairDecisions.decide(ctxOf(world.coordinator), matched.id, {
        decision: 'rejected',
        note: '',
        version: 0,
      });
      expect(await verifiable()).toBe(0);
    });

    it('answers a liaison nothing about pairs, and counts only the located persons it may see', async () => {
      const am = scopeOf(world.liaisonAm);
      expect(await store.repos.exchangeMatches.locatedMatches(am, runId)).toEqual([]);
      expect(await store.repos.exchangeMatches.undecidedReviewPairs(am, runId)).toBe(0);
      // The run is not shared: the persons it made stay hidden from the liaison.
      expect(await store.repos.exchangeMatches.locatedCount(am)).toBe(0);
      expect(await store.repos.exchangeMatches.locatedCount(COORDINATOR_SCOPE)).toBeGreaterThan(0);
    });
  });
}
