import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statusReason } from '../../domain/exchange/status-reasons.js';
import { StoreError } from '../errors.js';
import type { Store } from '../store.js';
import { COORDINATOR_SCOPE, ctxOf, type SmallWorld, scopeOf } from '../testing/fixtures.js';
import { openTestStore, testDialects } from '../testing/test-store.js';
import { finishRun, seedExchangeLists } from './reconciliation.test-fixtures.js';

for (const dialect of testDialects()) {
  describe(`exchange persons on ${dialect}`, () => {
    let store: Store;
    let world: SmallWorld;
    beforeEach(async () => {
      store = await openTestStore(dialect);
      world = await seedExchangeLists(store);
    });
    afterEach(async () => store.close());

    const named = async (name: string) => {
      const found = (await store.repos.exchangePersons.list(COORDINATOR_SCOPE)).items.find(
        (p) => p.displayName === name,
      );
      if (!found) throw new Error(`no person ${name}`);
      return found;
    };

    it('writes a planned run as it is: persons with their history, the reasons as label keys', async () => {
      await finishRun(store, ctxOf(world.coordinator), [
        { missing: 'Պետրոսյան Արամ', held: 'Petrosyan Aram' },
      ]);
      const all = (await store.repos.exchangePersons.list(COORDINATOR_SCOPE)).items;
      // Six claims of Armenia, three of Azerbaijan, the held entries no one claimed (six plus three, less one).
      expect(all).toHaveLength(6 + 3 + 8);
      const aram = await store.repos.exchangePersons.findById(
        COORDINATOR_SCOPE,
        (await named('Պետրոսյան Արամ')).id,
      );
      expect(aram).toMatchObject({ status: 'located', holdingPartyId: world.az.id });
      expect(aram?.history.map((h) => [h.from, h.to, h.event, h.reason.key])).toEqual([
        [null, 'listed', null, 'listedMissing'],
        ['listed', 'located', 'locate', 'matched'],
      ]);
      expect(aram?.availableEvents).toEqual(expect.arrayContaining(['verify', 'unlocate']));
    });

    it('moves a person along allowed edges only, and keeps the coordinator words as a note', async () => {
      await finishRun(store, ctxOf(world.coordinator), [
        { missing: 'Պետրոսյան Արամ', held: 'Petrosyan Aram' },
      ]);
      const tigran = await named('Հակոբյան Տիգրան');
      const refused = await store.repos.exchangePersons
        .changeStatus(ctxOf(world.coordinator), tigran.id, 'verify', statusReason('note', { text: 'visit' }))
        .catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(StoreError);
      expect((refused as StoreError).code).toBe('conflict');
      const aram = await named('Պետրոսյան Արամ');
      const moved = await store.repos.exchangePersons.changeStatus(
        ctxOf(world.coordinator),
        aram.id,
        'verify',
        statusReason('note', { text: 'seen at a visit' }),
      );
      expect(moved?.status).toBe('verified');
      const detail = await store.repos.exchangePersons.findById(COORDINATOR_SCOPE, aram.id);
      expect(detail?.history.at(-1)?.reason).toEqual({ key: 'note', params: { text: 'seen at a visit' } });
    });

    it("shows a liaison nothing a run made until the run is shared, then its own and its party's held people", async () => {
      const am = scopeOf(world.liaisonAm);
      const { runId } = await finishRun(store, ctxOf(world.coordinator), [
        { missing: 'Պետրոսյան Արամ', held: 'Petrosyan Aram' },
      ]);
      expect((await store.repos.exchangePersons.list(am)).items).toEqual([]);
      expect(await store.repos.exchangePersons.findById(am, (await named('Պետրոսյան Արամ')).id)).toBeNull();
      await store.repos.reconciliations.share(ctxOf(world.coordinator), runId);
      const seen = (await store.repos.exchangePersons.list(am)).items;
      expect(seen.map((p) => p.displayName)).toContain('Պետրոսյան Արամ');
      expect(seen.every((p) => p.ownPartyId === world.am.id || p.holdingPartyId === world.am.id)).toBe(true);
      expect(seen.map((p) => p.displayName)).not.toContain('Əliyev Orxan');
      expect((await store.repos.exchangePersons.list(scopeOf(world.observer))).items).toEqual([]);
    });
  });
}
