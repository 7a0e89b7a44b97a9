import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statusReason } from '../../domain/exchange/status-reasons.js';
import type { StoreError } from '../errors.js';
import type { Store } from '../store.js';
import { COORDINATOR_SCOPE, ctxOf, type SmallWorld, scopeOf } from '../testing/fixtures.js';
import { openTestStore, testDialects } from '../testing/test-store.js';
import { finishRun, seedExchangeLists } from './reconciliation.test-fixtures.js';

for (const dialect of testDialects()) {
  describe(`exchange events on ${dialect}`, () => {
    let store: Store;
    let world: SmallWorld;
    let aramId: string;
    beforeEach(async () => {
      store = await openTestStore(dialect);
      world = await seedExchangeLists(store);
      await finishRun(store, ctxOf(world.coordinator), [
        { missing: 'Պետրոսյան Արամ', held: 'Petrosyan Aram' },
      ]);
      const persons = (await store.repos.exchangePersons.list(COORDINATOR_SCOPE, {}, { limit: 1000 })).items;
      aramId = persons.find((p) => p.displayName === 'Պետրոսյան Արամ')?.id as string;
    });
    afterEach(async () => store.close());

    const plan = async () => {
      const id = await store.repos.exchangeEvents.create(ctxOf(world.coordinator), {
        date: '2021-01-09',
        place: ' Goris–Lachin checkpoint ',
        placeKind: 'checkpoint',
        partyIds: [world.am.id, world.az.id],
        persons: [{ personId: aramId, fromPartyId: world.az.id, toPartyId: world.am.id }],
      });
      const event = await store.repos.exchangeEvents.findById(COORDINATOR_SCOPE, id);
      if (!event) throw new Error('the exchange was not stored');
      return event;
    };

    it('writes a planned exchange with its parties and persons, and says who is already in one', async () => {
      expect((await store.repos.exchangeEvents.candidates([aramId, 'nobody'])).get(aramId)).toMatchObject({
        person: { id: aramId, status: 'located' },
        inPlannedExchange: false,
      });
      const event = await plan();
      expect(event).toMatchObject({ place: 'Goris–Lachin checkpoint', partyIds: [world.am.id, world.az.id] });
      expect(event.persons).toMatchObject([{ id: aramId, fromPartyId: world.az.id, toPartyId: world.am.id }]);
      const candidates = await store.repos.exchangeEvents.candidates([aramId, 'nobody']);
      expect([...candidates.keys()]).toEqual([aramId]);
      expect(candidates.get(aramId)?.inPlannedExchange).toBe(true);
      const invalid = await store.repos.exchangeEvents
        .create(ctxOf(world.coordinator), { ...event, date: '9 Jan', partyIds: [], persons: [] })
        .catch((e: unknown) => e);
      expect((invalid as StoreError).fields.map((f) => f.path)).toEqual(['date', 'personIds']);
    });

    it("shows an exchange to its parties' liaisons and observers, and records confirmations, the last completing it", async () => {
      await store.repos.exchangePersons.changeStatus(
        ctxOf(world.coordinator),
        aramId,
        'verify',
        statusReason('note', { text: 'visit' }),
      );
      const event = await plan();
      const am = scopeOf(world.liaisonAm);
      expect((await store.repos.exchangeEvents.list(am)).map((e) => e.id)).toEqual([event.id]);
      expect((await store.repos.exchangeEvents.list(scopeOf(world.observer))).map((e) => e.id)).toEqual([
        event.id,
      ]);
      const outsider = { ...am, partyId: world.pk.id };
      expect(await store.repos.exchangeEvents.list(outsider)).toEqual([]);
      expect(await store.repos.exchangeEvents.findById(outsider, event.id)).toBeNull();
      expect(await store.repos.exchangeEvents.forConfirmation(outsider, event.id)).toBeNull();

      const toConfirm = await store.repos.exchangeEvents.forConfirmation(am, event.id);
      expect(toConfirm).toMatchObject({
        partyIds: [world.am.id, world.az.id],
        confirmedBy: [],
        personIds: [aramId],
      });
      await store.repos.exchangeEvents.recordConfirmation(
        ctxOf(world.liaisonAm),
        event.id,
        { kind: 'party', partyId: world.am.id },
        false,
      );
      expect((await store.repos.exchangeEvents.forConfirmation(am, event.id))?.confirmedBy).toEqual([
        { kind: 'party', partyId: world.am.id },
      ]);
      const done = await store.repos.exchangeEvents.recordConfirmation(
        ctxOf(world.coordinator),
        event.id,
        { kind: 'coordinator' },
        true,
      );
      expect(done).toMatchObject({
        complete: true,
        confirmations: [{ kind: 'party' }, { kind: 'coordinator' }],
      });
    });
  });
}
