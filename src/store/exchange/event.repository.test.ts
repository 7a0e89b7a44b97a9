import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statusReason } from '../../domain/exchange/status-reasons.js';
import { StoreError } from '../errors.js';
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
      const persons = await store.repos.exchangePersons.list(COORDINATOR_SCOPE);
      aramId = persons.find((p) => p.displayName === 'Պետրոսյան Արամ')?.id as string;
    });
    afterEach(async () => store.close());

    const plan = () =>
      store.repos.exchangeEvents.create(ctxOf(world.coordinator), {
        date: '2021-01-09',
        place: 'Goris–Lachin checkpoint',
        placeKind: 'checkpoint',
        personIds: [aramId],
      });

    it('plans only verified persons, each from its holder to its own party, included in the same write', async () => {
      const refused = await plan().catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(StoreError);
      expect((refused as StoreError).code).toBe('conflict');
      await store.repos.exchangePersons.changeStatus(
        ctxOf(world.coordinator),
        aramId,
        'verify',
        statusReason('note', { text: 'visit' }),
      );
      const event = await plan();
      expect(event).toMatchObject({ partyIds: [world.am.id, world.az.id], complete: false });
      expect(event.persons).toMatchObject([
        { id: aramId, status: 'included', fromPartyId: world.az.id, toPartyId: world.am.id },
      ]);
      const history = (await store.repos.exchangePersons.findById(COORDINATOR_SCOPE, aramId))?.history;
      expect(history?.at(-1)?.reason).toEqual({ key: 'includedInExchange', params: { date: '2021-01-09' } });
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
