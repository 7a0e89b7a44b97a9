import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoreError } from '../errors.js';
import type { Store } from '../store.js';
import { COORDINATOR_SCOPE, ctxOf, type SmallWorld, scopeOf, seedSmallWorld } from '../testing/fixtures.js';
import { openTestStore, testDialects } from '../testing/test-store.js';
import { UPLOAD_TTL_MS } from './upload.repository.js';

for (const dialect of testDialects()) {
  describe(`uploads on ${dialect}`, () => {
    let store: Store;
    let world: SmallWorld;
    beforeEach(async () => {
      store = await openTestStore(dialect);
      world = await seedSmallWorld(store);
    });
    afterEach(async () => store.close());

    const upload = () =>
      store.repos.exchangeUploads.create(ctxOf(world.liaisonAm), scopeOf(world.liaisonAm), {
        partyId: world.am.id,
        fileName: 'held.csv',
        headers: ['ФИО', 'Дата рождения'],
        rows: [{ row: 2, values: ['Мамедов Эльвин', '2001-07-02'] }],
      });

    it("keeps a party's upload for its own liaisons only, as read", async () => {
      const kept = await upload();
      expect(await store.repos.exchangeUploads.findById(scopeOf(world.liaisonAm), kept.id)).toMatchObject({
        headers: ['ФИО', 'Дата рождения'],
        rows: [{ row: 2, values: ['Мамедов Эльвин', '2001-07-02'] }],
      });
      expect(await store.repos.exchangeUploads.findById(scopeOf(world.liaisonAz), kept.id)).toBeNull();
      expect(await store.repos.exchangeUploads.findById(COORDINATOR_SCOPE, kept.id)).toBeNull();
      const refused = await store.repos.exchangeUploads
        .create(ctxOf(world.liaisonAz), scopeOf(world.liaisonAz), {
          partyId: world.am.id,
          fileName: 'x.csv',
          headers: ['a'],
          rows: [],
        })
        .catch((e: unknown) => e);
      expect((refused as StoreError).code).toBe('not_found');
      await store.repos.exchangeUploads.remove(scopeOf(world.liaisonAz), kept.id);
      expect(await store.repos.exchangeUploads.findById(scopeOf(world.liaisonAm), kept.id)).not.toBeNull();
      await store.repos.exchangeUploads.remove(scopeOf(world.liaisonAm), kept.id);
      expect(await store.repos.exchangeUploads.findById(scopeOf(world.liaisonAm), kept.id)).toBeNull();
    });

    it('forgets an upload after its day', async () => {
      const kept = await upload();
      expect(await store.repos.exchangeUploads.deleteExpired(new Date())).toBe(0);
      expect(
        await store.repos.exchangeUploads.deleteExpired(new Date(Date.now() + UPLOAD_TTL_MS + 1000)),
      ).toBe(1);
      expect(await store.repos.exchangeUploads.findById(scopeOf(world.liaisonAm), kept.id)).toBeNull();
    });
  });
}
