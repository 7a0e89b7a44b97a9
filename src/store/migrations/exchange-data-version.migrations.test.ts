import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { withMigrationUnderTest } from '../testing/migration-under-test.js';
import { testDialects } from '../testing/test-store.js';

const OURS = [
  '2026_12_03_2700_exchange_data_version',
  '2026_12_03_2710_verifiable_count_indexes',
  '2026_12_03_2720_person_keys_status_index',
];

for (const dialect of testDialects()) {
  describe(`the exchange data version and verifiable count migrations on ${dialect}`, () => {
    it('adds the counters, their triggers and the covering indexes, and goes back down to the schema before', async () => {
      await withMigrationUnderTest(dialect, OURS, async ({ db, up, down }) => {
        const names = async (what: 'index' | 'trigger') =>
          dialect === 'postgres'
            ? (
                await (what === 'index'
                  ? sql<{ name: string }>`select indexname as name from pg_indexes`
                  : sql<{ name: string }>`select distinct tgname as name from pg_trigger`
                ).execute(db)
              ).rows.map((r) => r.name)
            : (
                await sql<{ name: string }>`select name from sqlite_master where type = ${what}`.execute(db)
              ).rows.map((r) => r.name);
        const before = { indexes: await names('index'), triggers: await names('trigger') };
        await up();
        const counters = await db.selectFrom('exchange_data_version').selectAll().orderBy('name').execute();
        expect(counters.map((c) => [c.name, Number(c.version)])).toEqual([
          ['persons', 0],
          ['report', 0],
        ]);
        expect(await names('trigger')).toEqual(expect.arrayContaining(['data_version_pair_decision_insert']));
        expect(await names('index')).toEqual(
          expect.arrayContaining([
            'exchange_person_status_name_keys_idx',
            'reconciliation_pair_keys_class_idx',
          ]),
        );
        await down();
        expect((await names('index')).sort()).toEqual(before.indexes.sort());
        expect((await names('trigger')).sort()).toEqual(before.triggers.sort());
      });
    });
  });
}
