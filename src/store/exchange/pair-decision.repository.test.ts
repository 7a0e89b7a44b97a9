import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import { ctxOf, type SmallWorld } from '../testing/fixtures.js';
import { openTestStore, testDialects } from '../testing/test-store.js';
import { finishRun, seedExchangeLists } from './reconciliation.test-fixtures.js';

for (const dialect of testDialects()) {
  describe(`pair decisions on ${dialect}`, () => {
    let store: Store;
    let world: SmallWorld;
    let pairId: string;
    beforeEach(async () => {
      store = await openTestStore(dialect);
      world = await seedExchangeLists(store);
      const run = await finishRun(store, ctxOf(world.coordinator), [
        { missing: 'Սարգսյան Գևորգ', held: 'Sarkisyan Gevorg', review: true },
      ]);
      pairId = run.pairIds.get('Սարգսյան Գևորգ') as string;
    });
    afterEach(async () => store.close());

    it('keeps a decision by the records, answers both entries as person sources, and counts versions', async () => {
      const ctx = ctxOf(world.coordinator);
      const first = await store.repos.pairDecisions.decide(ctx, pairId, {
        decision: 'unsure',
        note: '',
        version: 0,
      });
      expect(first).toMatchObject({
        ok: true,
        decision: { decision: 'unsure', version: 1, decidedBy: 'coord' },
        missing: { displayName: 'Սարգսյան Գևորգ', partyId: world.am.id },
        held: { displayName: 'Sarkisyan Gevorg', partyId: world.az.id },
      });
      const second = await store.repos.pairDecisions.decide(ctx, pairId, {
        decision: 'confirmed',
        note: 'same unit',
        version: 1,
      });
      expect(second).toMatchObject({ ok: true, decision: { decision: 'confirmed', version: 2 } });
      const [decision] = await store.repos.pairDecisions.all();
      expect(decision).toMatchObject({ decision: 'confirmed' });
      expect(decision.leftKey).toHaveLength(64);
    });

    it('refuses a stale version and changes nothing, answering the decision that stands', async () => {
      const ctx = ctxOf(world.coordinator);
      await store.repos.pairDecisions.decide(ctx, pairId, { decision: 'confirmed', note: '', version: 0 });
      const stale = await store.repos.pairDecisions.decide(ctx, pairId, {
        decision: 'rejected',
        note: '',
        version: 0,
      });
      expect(stale).toEqual({
        ok: false,
        reason: 'stale',
        current: expect.objectContaining({ decision: 'confirmed', version: 1 }),
      });
      expect((await store.repos.pairDecisions.all()).map((d) => d.decision)).toEqual(['confirmed']);
      expect(
        await store.repos.pairDecisions.decide(ctx, 'no-such-pair', {
          decision: 'unsure',
          note: '',
          version: 0,
        }),
      ).toBeNull();
    });
  });
}
