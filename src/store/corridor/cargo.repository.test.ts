import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import { ctxOf, type SmallWorld, scopeOf, seedSmallWorld } from '../testing/fixtures.js';
import { openTestStore, testDialects } from '../testing/test-store.js';

for (const dialect of testDialects()) {
  describe(`cargo in the store on ${dialect}`, () => {
    let store: Store;
    let world: SmallWorld;
    beforeAll(async () => {
      store = await openTestStore(dialect);
      world = await seedSmallWorld(store);
    });
    afterAll(async () => store.close());

    it('writes a consignment with its lines, records its receipt once, and lists received ones by date', async () => {
      const ctx = ctxOf(world.coordinator);
      const sent = await store.repos.cargo.dispatch(ctx, {
        reference: ' C-1 ',
        sender: 'A',
        receiver: 'B',
        fromPlaceId: 'goris',
        toPlaceId: 'stepanakert',
        movementId: null,
        dispatchedOn: '2020-11-25',
        lines: [
          { category: 'food', description: 'Flour', quantity: 10, unit: 'sack', weightKg: 500 },
          { category: 'fuel', description: 'Diesel', quantity: 2, unit: 'drum', weightKg: 400.5 },
        ],
      });
      expect(sent).toMatchObject({
        reference: 'C-1',
        receivedOn: null,
        lines: [{ received: null }, { weightKg: 400.5 }],
      });
      expect(await store.repos.cargo.received(scopeOf(world.observer), {})).toEqual([]);
      const receipt = {
        receivedOn: '2020-11-26',
        lossNote: 'one lost',
        lines: [
          { good: 9, damaged: 0, lost: 1 },
          { good: 2, damaged: 0, lost: 0 },
        ],
      };
      const got = await store.repos.cargo.receive(ctx, sent.id, receipt);
      expect(got.lines.map((l) => l.received)).toEqual(receipt.lines);
      await expect(store.repos.cargo.receive(ctx, sent.id, receipt)).rejects.toMatchObject({
        code: 'conflict',
      });
      expect(
        (await store.repos.cargo.received(scopeOf(world.liaisonAm), { to: '2020-11-30' })).map((c) => c.id),
      ).toEqual([sent.id]);
    });
  });
}
