import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { nameInScripts } from '../../engine/index.js';
import { openStore } from '../store.js';
import { withMigrationUnderTest } from '../testing/migration-under-test.js';
import { testDialects } from '../testing/test-store.js';
import { migrations } from './index.js';

const OURS = '2026_12_03_2600_run_attempts';
const NAMES = '2026_12_03_2610_person_names_in_scripts';
const PAIR_KEYS = '2026_12_03_2620_pair_keys_index';
const NAMES_UNFILLED = '2026_12_03_2800_person_names_unfilled_index';

for (const dialect of testDialects()) {
  describe(`the run attempts migration on ${dialect}`, () => {
    it('counts a run that ever ran as taken up once, a queued one as never, and goes back down', async () => {
      await withMigrationUnderTest(dialect, OURS, async ({ db: old, up, down }) => {
        const run = (id: string, status: string) => ({
          id,
          status,
          started_at: '2026-12-01T12:00:00.000Z',
          started_by: 'coordinator',
          progress_done: 0,
          progress_total: 0,
          phase: status,
          thresholds: '{"upper":0.95,"lower":0.5}',
          version_ids: '[]',
        });
        await old
          .insertInto('reconciliation')
          .values([run('queued-run', 'queued'), run('running-run', 'running'), run('done-run', 'done')])
          .execute();

        await up();
        const rows = await old
          .selectFrom('reconciliation')
          .select(['id', 'attempts'])
          .orderBy('id')
          .execute();
        expect(rows.map((r) => [r.id, Number(r.attempts)])).toEqual([
          ['done-run', 1],
          ['queued-run', 0],
          ['running-run', 1],
        ]);

        await down();
        const after = await old
          .selectFrom('reconciliation')
          .selectAll()
          .where('id', '=', 'done-run')
          .execute();
        expect(Object.keys(after[0] ?? {})).not.toContain('attempts');
      });
    });
  });

  describe(`the index migrations on ${dialect}`, () => {
    const cases = [
      { migration: PAIR_KEYS, table: 'reconciliation_pair', index: 'reconciliation_pair_keys_idx' },
      { migration: NAMES_UNFILLED, table: 'exchange_person', index: 'exchange_person_names_unfilled_idx' },
    ];
    it.each(cases)('$migration adds $index, and drops it going down', async ({ migration, table, index }) => {
      await withMigrationUnderTest(dialect, migration, async ({ db: old, up, down }) => {
        const indexes = async () =>
          (dialect === 'postgres'
            ? await sql<{
                name: string;
              }>`select indexname as name from pg_indexes where tablename = ${table}`.execute(old)
            : await sql<{
                name: string;
              }>`select name from sqlite_master where type = 'index' and tbl_name = ${table}`.execute(old)
          ).rows.map((r) => r.name);
        await up();
        expect(await indexes()).toContain(index);
        await down();
        expect(await indexes()).not.toContain(index);
      });
    });
  });

  describe(`the person names migration on ${dialect}`, () => {
    it('adds the names in each script, filled in on open for persons written before, and goes back down', async () => {
      await withMigrationUnderTest(dialect, NAMES, async ({ db: old, target, up }) => {
        const now = '2026-12-01T12:00:00.000Z';
        await old
          .insertInto('party')
          .values({
            id: 'am',
            code: 'AM',
            kind: 'party',
            name_en: 'am',
            name_ru: 'am',
            name_hy: 'am',
            name_az: 'am',
            created_at: now,
          })
          .execute();
        await old
          .insertInto('exchange_person')
          .values(
            ['Պետրոսյան Արամ', 'Məmmədov Rəşad'].map((name, i) => ({
              id: `p${i}`,
              own_party_id: 'am',
              display_name: name,
              status: 'listed',
              entry_ids: '[]',
              created_at: now,
              updated_at: now,
            })),
          )
          .execute();
        await up();
        const empty = await old.selectFrom('exchange_person').select('name_latin').execute();
        expect(empty.map((r) => r.name_latin)).toEqual([null, null]);

        // Opening the store (the migrations, then the fill) stores them.
        const store = await openStore({ ...target, migrate: true });
        await store.close();
        const filled = await old
          .selectFrom('exchange_person')
          .select(['display_name', 'name_latin', 'name_cyrillic', 'name_armenian'])
          .orderBy('id')
          .execute();
        expect(filled).toEqual(
          ['Պետրոսյան Արամ', 'Məmmədov Rəşad'].map((name) => {
            const names = nameInScripts(name);
            return {
              display_name: name,
              name_latin: names.latin,
              name_cyrillic: names.cyrillic,
              name_armenian: names.armenian,
            };
          }),
        );

        // Down to the migration before (the store's open brought every later one too).
        const down = await new Migrator({
          db: old,
          provider: { getMigrations: async () => migrations },
        }).migrateTo(OURS);
        if (down.error) throw down.error;
        const columns = (await old.introspection.getTables()).find(
          (t) => t.name === 'exchange_person',
        )?.columns;
        expect(columns?.map((c) => c.name)).not.toContain('name_latin');
      });
    });
  });
}
