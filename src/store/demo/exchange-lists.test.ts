import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import { COORDINATOR_SCOPE, seedSmallWorld } from '../testing/fixtures.js';
import { openTestStore, testDialects } from '../testing/test-store.js';
import { loadDemoExchangeLists } from './exchange-lists.load.js';

for (const dialect of testDialects()) {
  describe(`demo lists loaded on ${dialect}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openTestStore(dialect);
    });
    afterEach(async () => {
      await store.close();
    });

    it("are each party's first list versions, uploaded by its liaison, with the duplicates flagged", async () => {
      const world = await seedSmallWorld(store);
      const ids: Record<string, string> = { AM: world.am.id, AZ: world.az.id };
      const loaded = await store.transaction((repos) =>
        loadDemoExchangeLists(repos, (code) => ids[code] ?? ''),
      );
      expect(loaded).toBe(223 + 31 + 62 + 92);
      const lists = await store.repos.exchangeLists.list(COORDINATOR_SCOPE);
      expect(lists).toHaveLength(4);
      for (const list of lists) {
        expect(list.latestVersion).toMatchObject({ number: 1 });
        expect(list.latestVersion?.uploadedBy).toBe(
          list.partyId === world.am.id ? 'liaison-am' : 'liaison-az',
        );
      }
      const amMissing = lists.find((l) => l.partyId === world.am.id && l.kind === 'missing');
      const clusters = await store.repos.exchangeLists.duplicates(COORDINATOR_SCOPE, amMissing?.id ?? '', 1);
      expect(clusters?.length).toBeGreaterThanOrEqual(1);
    });

    it('belong to November 2020: a report as of 1 December 2020 reads them, one as of 22 November does not', async () => {
      const world = await seedSmallWorld(store);
      const ids: Record<string, string> = { AM: world.am.id, AZ: world.az.id };
      await store.transaction((repos) => loadDemoExchangeLists(repos, (code) => ids[code] ?? ''));
      const lists = await store.repos.exchangeLists.list(COORDINATOR_SCOPE);
      for (const list of lists) expect(list.latestVersion?.uploadedAt).toMatch(/^2020-11-2[34]T/);
      const claimed = async (asOf: string) =>
        (await store.repos.discrepancyReports.build(COORDINATOR_SCOPE, asOf))?.sides.map((side) => ({
          persons: side.claimedMissing.count,
          rows: side.claimedMissing.persons.reduce((sum, person) => sum + person.rows.length, 0),
        }));
      // 223 and 62 rows; a person written twice in a list counts once.
      expect(await claimed('2020-12-01')).toEqual([
        { persons: 220, rows: 223 },
        { persons: 60, rows: 62 },
      ]);
      expect(await claimed('2020-11-22')).toEqual([
        { persons: 0, rows: 0 },
        { persons: 0, rows: 0 },
      ]);
    });
  });
}
