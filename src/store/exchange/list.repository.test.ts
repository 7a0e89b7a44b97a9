import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../errors.js';
import type { Store } from '../store.js';
import { COORDINATOR_SCOPE, ctxOf, type SmallWorld, scopeOf, seedSmallWorld } from '../testing/fixtures.js';
import { openTestStore, testDialects } from '../testing/test-store.js';
import type { ImportListVersion } from './list.types.js';

for (const dialect of testDialects()) {
  describe(`exchange lists on ${dialect}`, () => {
    let store: Store;
    let world: SmallWorld;
    beforeEach(async () => {
      store = await openTestStore(dialect);
      world = await seedSmallWorld(store);
    });
    afterEach(async () => {
      await store.close();
    });

    const heldList = (partyId: string, names: string[]): ImportListVersion => ({
      partyId,
      kind: 'held',
      fileName: 'held.csv',
      mapping: { full_name: 'Name', birth_date: 'Born' },
      entries: names.map((name, i) => ({
        row: i + 2,
        fields: { full_name: name, birth_date: '1990' },
        displayName: name,
        extras: { Note: `n${i}` },
      })),
      duplicates: [],
    });

    it('numbers immutable versions per list, keeps entries as written, and remembers the mapping', async () => {
      const am = scopeOf(world.liaisonAm);
      const first = await store.repos.exchangeLists.importVersion(
        ctxOf(world.liaisonAm),
        am,
        heldList(world.am.id, ['Əliyev Rəşad', 'Мамедов Али']),
      );
      expect(first.version.number).toBe(1);
      const second = await store.repos.exchangeLists.importVersion(
        ctxOf(world.liaisonAm),
        am,
        heldList(world.am.id, ['Əliyev Rəşad']),
      );
      expect(second.version.number).toBe(2);
      expect(second.list.id).toBe(first.list.id);
      expect(second.list.latestVersion).toMatchObject({ number: 2, entryCount: 1, uploadedBy: 'liaison-am' });

      const v1 = await store.repos.exchangeLists.entries(am, first.list.id, 1, { offset: 0, limit: 10 });
      expect(v1?.total).toBe(2);
      expect(v1?.items.map((e) => [e.row, e.fields.full_name, e.extras.Note])).toEqual([
        [2, 'Əliyev Rəşad', 'n0'],
        [3, 'Мамедов Али', 'n1'],
      ]);
      expect((await store.repos.exchangeLists.versions(am, first.list.id))?.map((v) => v.number)).toEqual([
        1, 2,
      ]);
      expect(await store.repos.exchangeLists.rememberedMapping(am, world.am.id, 'held')).toEqual({
        full_name: 'Name',
        birth_date: 'Born',
      });

      const audit = await store.repos.audit.list(COORDINATOR_SCOPE, { action: 'exchange_list.import' });
      expect(audit.items.map((e) => e.summary.version).sort()).toEqual([1, 2]);
      expect(JSON.stringify(audit.items)).not.toContain('Rəşad');
    });

    it("shows a liaison only its own party's lists; the coordinator sees all; an observer none", async () => {
      const { list } = await store.repos.exchangeLists.importVersion(
        ctxOf(world.liaisonAm),
        scopeOf(world.liaisonAm),
        heldList(world.am.id, ['Ալիև Ռաշադ']),
      );
      expect(await store.repos.exchangeLists.list(scopeOf(world.liaisonAz))).toEqual([]);
      expect(await store.repos.exchangeLists.findById(scopeOf(world.liaisonAz), list.id)).toBeNull();
      expect(await store.repos.exchangeLists.versions(scopeOf(world.liaisonAz), list.id)).toBeNull();
      expect(await store.repos.exchangeLists.list(scopeOf(world.observer))).toEqual([]);
      expect(await store.repos.exchangeLists.list(scopeOf(world.coordinator))).toHaveLength(1);
      await expect(
        store.repos.exchangeLists.importVersion(
          ctxOf(world.liaisonAz),
          scopeOf(world.liaisonAz),
          heldList(world.am.id, ['x']),
        ),
      ).rejects.toBeInstanceOf(StoreError);
    });

    it('stores duplicate clusters and carries a resolution to the next version with the same records', async () => {
      const am = scopeOf(world.liaisonAm);
      const input = { ...heldList(world.am.id, ['Ալիև Ռաշադ', 'Алиев Рашад', 'Other']), duplicates: [] };
      const first = await store.repos.exchangeLists.importVersion(ctxOf(world.liaisonAm), am, {
        ...input,
        duplicates: [{ members: [0, 1], probability: 0.97 }],
      });
      const clusters = await store.repos.exchangeLists.duplicates(am, first.list.id, 1);
      expect(clusters?.[0].entries.map((e) => e.displayName)).toEqual(['Ալիև Ռաշադ', 'Алиев Рашад']);
      await expect(
        store.repos.exchangeLists.resolveDuplicate(
          ctxOf(world.liaisonAz),
          scopeOf(world.liaisonAz),
          clusters![0].id,
          {
            resolution: 'same_person',
            note: null,
          },
        ),
      ).rejects.toMatchObject({ code: 'not_found' });
      const resolved = await store.repos.exchangeLists.resolveDuplicate(
        ctxOf(world.liaisonAm),
        am,
        clusters![0].id,
        {
          resolution: 'different_persons',
          note: ' brothers ',
        },
      );
      expect(resolved).toMatchObject({
        resolution: 'different_persons',
        note: 'brothers',
        resolvedBy: 'liaison-am',
      });

      await store.repos.exchangeLists.importVersion(ctxOf(world.liaisonAm), am, {
        ...input,
        duplicates: [{ members: [0, 1], probability: 0.95 }],
      });
      const carried = await store.repos.exchangeLists.duplicates(am, first.list.id, 2);
      expect(carried?.[0]).toMatchObject({ resolution: 'different_persons', note: 'brothers' });
    });

    it('stores concurrent imports of one list whole, each with its own number, or refuses the loser with a conflict', async () => {
      const am = scopeOf(world.liaisonAm);
      const results = await Promise.allSettled(
        [['A'], ['B', 'C'], ['D', 'E', 'F']].map((names) =>
          store.repos.exchangeLists.importVersion(ctxOf(world.liaisonAm), am, heldList(world.am.id, names)),
        ),
      );
      const stored = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.version] : []));
      for (const r of results) {
        if (r.status === 'rejected') expect(r.reason).toMatchObject({ name: 'StoreError', code: 'conflict' });
      }
      expect(stored.length).toBeGreaterThan(0);
      const list = await store.repos.exchangeLists.findByPartyAndKind(am, world.am.id, 'held');
      const versions = (await store.repos.exchangeLists.versions(am, list?.id ?? '')) ?? [];
      expect(versions.map((v) => v.number)).toEqual(stored.map((v) => v.number).sort());
      for (const version of versions) {
        const page = await store.repos.exchangeLists.entries(am, version.listId, version.number, {
          offset: 0,
          limit: 10,
        });
        expect(page?.items).toHaveLength(version.entryCount);
      }
    });

    it('keeps uploads for their owner party only', async () => {
      const upload = await store.repos.exchangeUploads.create(
        ctxOf(world.liaisonAz),
        scopeOf(world.liaisonAz),
        {
          partyId: world.az.id,
          fileName: 'list.csv',
          headers: ['Ad Soyad'],
          rows: [{ row: 2, values: ['Əliyev Rəşad'] }],
        },
      );
      expect((await store.repos.exchangeUploads.findById(scopeOf(world.liaisonAz), upload.id))?.rows).toEqual(
        [{ row: 2, values: ['Əliyev Rəşad'] }],
      );
      expect(await store.repos.exchangeUploads.findById(scopeOf(world.liaisonAm), upload.id)).toBeNull();
      expect(await store.repos.exchangeUploads.deleteExpired(new Date(Date.now() + 2 * 86_400_000))).toBe(1);
      expect(await store.repos.exchangeUploads.findById(scopeOf(world.liaisonAz), upload.id)).toBeNull();
    });
  });
}
