import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import { COORDINATOR_SCOPE, ctxOf, type SmallWorld, scopeOf, seedSmallWorld } from '../testing/fixtures.js';
import { openTestStore, testDialects } from '../testing/test-store.js';
import type { MovementDetails } from './movement.types.js';

const DETAILS: MovementDetails = {
  kind: 'convoy',
  reference: ' Convoy 1 ',
  fromPlaceId: 'goris',
  toPlaceId: 'stepanakert',
  windowStart: '2020-11-25T06:00:00Z',
  windowEnd: '2020-11-25T18:00:00Z',
  vehicles: 4,
  people: 9,
  cargoSummary: 'Flour',
  escort: 'One vehicle',
};

for (const dialect of testDialects()) {
  describe(`corridor movements and returns in the store on ${dialect}`, () => {
    let store: Store;
    let world: SmallWorld;
    beforeAll(async () => {
      store = await openTestStore(dialect);
      world = await seedSmallWorld(store);
    });
    afterAll(async () => store.close());

    it('a liaison reads a movement only once its party is notified, and only its own party’s answers', async () => {
      const ctx = ctxOf(world.coordinator);
      const movements = store.repos.corridorMovements;
      const id = await movements.create(ctx, DETAILS);
      expect((await movements.findById(COORDINATOR_SCOPE, id))?.reference).toBe('Convoy 1');
      expect(await movements.findById(scopeOf(world.liaisonAm), id)).toBeNull();
      expect(await movements.list(scopeOf(world.liaisonAz))).toEqual([]);

      await movements.step(
        ctx,
        COORDINATOR_SCOPE,
        id,
        { from: 'planned', to: 'notified', event: 'notify', reason: null },
        {
          notify: [world.am.id],
        },
      );
      expect((await movements.findById(scopeOf(world.liaisonAm), id))?.status).toBe('notified');
      expect(await movements.findById(scopeOf(world.liaisonAz), id)).toBeNull();

      await movements.recordAnswer(ctxOf(world.liaisonAm), id, 1, {
        partyId: world.am.id,
        answer: 'objected',
        reason: 'too late',
      });
      const change = await movements.forChange(COORDINATOR_SCOPE, id);
      expect(change).toMatchObject({ status: 'notified', round: 1, notifiedPartyIds: [world.am.id] });
      expect(change?.answers).toMatchObject([
        { partyId: world.am.id, answer: 'objected', reason: 'too late' },
      ]);
      expect(await movements.forChange(scopeOf(world.liaisonAz), id)).toBeNull();
    });

    it('refuses a write made on an old reading, and writes nothing of it', async () => {
      const ctx = ctxOf(world.coordinator);
      const movements = store.repos.corridorMovements;
      const id = await movements.create(ctx, DETAILS);
      const edit = (version: number) =>
        movements.step(
          ctx,
          COORDINATOR_SCOPE,
          id,
          { from: 'planned', to: 'planned', event: 'edit', reason: null },
          {
            expectedVersion: version,
            details: { ...DETAILS, vehicles: 7 },
          },
        );
      expect((await edit(1)).vehicles).toBe(7);
      await expect(edit(1)).rejects.toMatchObject({ code: 'conflict' });
      const view = await movements.findById(COORDINATOR_SCOPE, id);
      expect(view?.version).toBe(2);
      expect(view?.history.map((h) => h.event)).toEqual(['plan', 'edit']);
    });

    it('sums returns per day in SQL and lists them by day', async () => {
      const ctx = ctxOf(world.coordinator);
      const count = {
        originPlaceId: null,
        destinationPlaceId: 'lachin',
        region: '',
        households: 2,
        mode: 'on_their_own' as const,
        movementId: null,
        source: 's',
      };
      await store.repos.returnCounts.add(ctx, [
        { ...count, date: '2020-11-20', individuals: 10 },
        { ...count, date: '2020-11-20', individuals: 5, households: null },
        { ...count, date: '2020-11-22', individuals: 7 },
      ]);
      const totals = await store.repos.returnCounts.dailyTotals(scopeOf(world.observer), '2020-11-21');
      expect(totals.map((t) => [t.date, t.individuals, t.households])).toEqual([['2020-11-20', 15, 2]]);
      const listed = await store.repos.returnCounts.list(scopeOf(world.liaisonAz), { from: '2020-11-21' });
      expect(listed.map((c) => c.individuals)).toEqual([7]);
    });
  });
}
