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
      expect(await store.repos.exchangeEvents.forStep(outsider, event.id)).toBeNull();

      const toConfirm = await store.repos.exchangeEvents.forStep(am, event.id);
      expect(toConfirm).toMatchObject({
        status: 'planned',
        partyIds: [world.am.id, world.az.id],
        planConfirmedBy: [],
        outcomeConfirmedBy: [],
        personIds: [aramId],
        outcomes: [],
      });
      const byAm = await store.repos.exchangeEvents.recordConfirmation(
        ctxOf(world.liaisonAm),
        am,
        event.id,
        'plan',
        { kind: 'party', partyId: world.am.id },
        'planned',
      );
      // The liaison of Armenia has confirmed: nothing left for it to do; the coordinator may still.
      expect(byAm.steps).toEqual([]);
      expect((await store.repos.exchangeEvents.findById(COORDINATOR_SCOPE, event.id))?.steps).toEqual([
        'confirm',
        'edit',
        'cancel',
      ]);
      expect((await store.repos.exchangeEvents.forStep(am, event.id))?.planConfirmedBy).toEqual([
        { kind: 'party', partyId: world.am.id },
      ]);
      const confirmed = await store.repos.exchangeEvents.recordConfirmation(
        ctxOf(world.coordinator),
        COORDINATOR_SCOPE,
        event.id,
        'plan',
        { kind: 'coordinator' },
        'confirmed',
      );
      expect(confirmed).toMatchObject({
        status: 'confirmed',
        complete: false,
        confirmations: [{ kind: 'party' }, { kind: 'coordinator' }],
      });

      const carried = await store.repos.exchangeEvents.recordOutcome(
        ctxOf(world.coordinator),
        COORDINATOR_SCOPE,
        event.id,
        [{ personId: aramId, outcome: 'not_handed_over', reason: 'health', note: ' in hospital ' }],
      );
      expect(carried).toMatchObject({
        status: 'carried_out',
        carriedOut: { by: world.coordinator.username },
      });
      expect(carried.persons[0].outcome).toEqual({
        outcome: 'not_handed_over',
        reason: 'health',
        note: 'in hospital',
      });
      expect((await store.repos.exchangeEvents.forStep(am, event.id))?.outcomes).toEqual([
        { personId: aramId, outcome: 'not_handed_over', reason: 'health', note: 'in hospital' },
      ]);
      await store.repos.exchangeEvents.recordConfirmation(
        ctxOf(world.liaisonAm),
        am,
        event.id,
        'outcome',
        { kind: 'party', partyId: world.am.id },
        'carried_out',
      );
      // Recording the outcome again withdraws the confirmations of the one before.
      const again = await store.repos.exchangeEvents.recordOutcome(
        ctxOf(world.coordinator),
        COORDINATOR_SCOPE,
        event.id,
        [{ personId: aramId, outcome: 'handed_over', reason: null, note: null }],
      );
      expect(again.outcomeConfirmations).toEqual([]);
      expect(again.persons[0].outcome).toEqual({ outcome: 'handed_over', reason: null, note: null });
      expect(await store.repos.exchangeEvents.countByStatus(COORDINATOR_SCOPE)).toEqual({ carried_out: 1 });
    });

    it('edits a plan (its confirmations withdrawn) and cancels it with the reason, freeing its persons', async () => {
      await store.repos.exchangePersons.changeStatus(
        ctxOf(world.coordinator),
        aramId,
        'verify',
        statusReason('note', { text: 'visit' }),
      );
      const event = await plan();
      await store.repos.exchangeEvents.recordConfirmation(
        ctxOf(world.coordinator),
        COORDINATOR_SCOPE,
        event.id,
        'plan',
        { kind: 'coordinator' },
        'planned',
      );
      const edited = await store.repos.exchangeEvents.edit(
        ctxOf(world.coordinator),
        COORDINATOR_SCOPE,
        event.id,
        {
          date: '2021-01-10',
          place: 'Hadrut',
          placeKind: 'airfield',
          added: [],
          removed: [],
        },
      );
      expect(edited).toMatchObject({
        date: '2021-01-10',
        place: 'Hadrut',
        status: 'planned',
        confirmations: [],
      });
      const invalid = await store.repos.exchangeEvents
        .edit(ctxOf(world.coordinator), COORDINATOR_SCOPE, event.id, {
          date: 'soon',
          place: ' ',
          placeKind: 'airfield',
          added: [],
          removed: [],
        })
        .catch((e: unknown) => e);
      expect((invalid as StoreError).fields.map((f) => f.path)).toEqual(['date', 'place']);
      expect((await store.repos.exchangeEvents.candidates([aramId])).get(aramId)?.inPlannedExchange).toBe(
        true,
      );
      expect(
        (await store.repos.exchangeEvents.candidates([aramId], event.id)).get(aramId)?.inPlannedExchange,
      ).toBe(false);
      const cancelled = await store.repos.exchangeEvents.cancel(
        ctxOf(world.coordinator),
        COORDINATOR_SCOPE,
        event.id,
        ' the road is closed ',
      );
      expect(cancelled).toMatchObject({
        status: 'cancelled',
        cancelled: { by: world.coordinator.username, reason: 'the road is closed' },
        steps: [],
      });
      expect((await store.repos.exchangeEvents.candidates([aramId])).get(aramId)?.inPlannedExchange).toBe(
        false,
      );
      const audit = await store.repos.audit.list(COORDINATOR_SCOPE, { entityId: event.id });
      expect(audit.items.map((a) => a.action)).toEqual(
        expect.arrayContaining(['exchange.event.edit', 'exchange.event.cancel']),
      );
    });
  });
}
