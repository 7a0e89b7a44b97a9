import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoLists } from '../../domain/demo/synthetic-lists/index.js';
import { entryRawRecord, readMappedRows } from '../../domain/exchange/list-rows.js';
import { buildPersonRecord, linkRecords } from '../../engine/index.js';
import type { Store } from '../store.js';
import { COORDINATOR_SCOPE, seedSmallWorld } from '../testing/fixtures.js';
import { openTestStore, testDialects } from '../testing/test-store.js';
import { loadDemoExchangeLists } from './exchange-lists.load.js';

describe('generated demo lists', () => {
  const files = generateDemoLists();
  const file = (party: string, kind: string) => {
    const found = files.find((f) => f.partyCode === party && f.kind === kind);
    if (!found) throw new Error(`no ${party} ${kind} list`);
    return found;
  };
  it('read whole through their mapping, with partial and missing dates here and there', () => {
    for (const f of files) {
      const read = readMappedRows(f.headers, f.rows, f.mapping);
      expect(read.rejects, f.fileName).toEqual([]);
      expect(read.entries.length).toBe(f.rows.length);
      const dates = read.entries.map((e) => e.fields.birth_date ?? '');
      expect(
        dates.some((d) => /^\d{4}$/.test(d)),
        f.fileName,
      ).toBe(true);
      expect(dates.some((d) => d === '') || f.rows.length < 50, f.fileName).toBe(true);
    }
    expect(file('AM', 'missing').rows.length).toBe(223);
    expect(file('AZ', 'held').rows.length).toBe(92);
  });

  it("leave most of the people held by one side findable in the other side's missing list, and some on one side only", () => {
    const records = (party: string, kind: string) => {
      const f = file(party, kind);
      return readMappedRows(f.headers, f.rows, f.mapping).entries.map(
        (e, i) => buildPersonRecord(entryRawRecord(`${party}-${kind}-${i}`, e.fields)).record,
      );
    };
    const { links } = linkRecords(records('AM', 'missing'), records('AZ', 'held'), { threshold: 0.8 });
    // 70 persons are on both lists; 20 held persons are claimed by no one.
    expect(links.length).toBeGreaterThanOrEqual(55);
    expect(links.length).toBeLessThanOrEqual(80);
  });
});

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
  });
}
