import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statusReason } from '../../domain/exchange/status-reasons.js';
import { nameInScripts } from '../../engine/index.js';
import { StoreError } from '../errors.js';
import type { Store } from '../store.js';
import { COORDINATOR_SCOPE, ctxOf, type SmallWorld, scopeOf } from '../testing/fixtures.js';
import { openTestStore, testDialects } from '../testing/test-store.js';
import { fillNamesInScripts } from './person-names.js';
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

    it("serves each person's names in every script as stored when written, and fills in persons written before", async () => {
      await finishRun(store, ctxOf(world.coordinator), [
        { missing: 'Պետրոսյան Արամ', held: 'Petrosyan Aram' },
      ]);
      const rows = await store.db.selectFrom('exchange_person').selectAll().execute();
      expect(rows.length).toBeGreaterThan(10);
      for (const row of rows) {
        const { latin, cyrillic, armenian } = nameInScripts(row.display_name);
        expect([row.name_latin, row.name_cyrillic, row.name_armenian]).toEqual([latin, cyrillic, armenian]);
      }
      const aram = await named('Պետրոսյան Արամ');
      expect(aram.names).toEqual(nameInScripts('Պետրոսյան Արամ'));

      // A page reads the stored names (nothing computed per request).
      await store.db
        .updateTable('exchange_person')
        .set({ name_cyrillic: 'Петросян Арам (stored)' })
        .where('id', '=', aram.id)
        .execute();
      expect((await named('Պետրոսյան Արամ')).names?.cyrillic).toBe('Петросян Арам (stored)');

      // Persons written before the names were stored: served all the same, and filled in once.
      await store.db
        .updateTable('exchange_person')
        .set({ name_latin: null, name_cyrillic: null, name_armenian: null })
        .where('id', '=', aram.id)
        .execute();
      expect((await named('Պետրոսյան Արամ')).names).toEqual(nameInScripts('Պետրոսյան Արամ'));
      expect(await fillNamesInScripts(store.db)).toBe(1);
      expect(await fillNamesInScripts(store.db)).toBe(0);
      const filled = await store.db
        .selectFrom('exchange_person')
        .select(['name_latin', 'name_armenian'])
        .where('id', '=', aram.id)
        .executeTakeFirstOrThrow();
      expect(filled).toEqual({
        name_latin: nameInScripts('Պետրոսյան Արամ').latin,
        name_armenian: 'Պետրոսյան Արամ',
      });
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
