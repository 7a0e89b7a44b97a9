import { describe, expect, it } from 'vitest';
import { withMigrationUnderTest } from '../testing/migration-under-test.js';
import { testDialects } from '../testing/test-store.js';

const OURS = '2026_12_03_1300_create_tracing';

for (const dialect of testDialects()) {
  describe(`the tracing migration on ${dialect}`, () => {
    it('adds cases, their history, remains and identification to a database with parties, and takes them away', async () => {
      await withMigrationUnderTest(dialect, OURS, async ({ db: old, up, down }) => {
        const now = '2020-12-14T12:00:00.000Z';
        await old
          .insertInto('party')
          .values({
            id: 'am',
            code: 'AM',
            kind: 'party',
            name_en: 'Armenia',
            name_ru: 'Армения',
            name_hy: 'Հայաստան',
            name_az: 'Ermənistan',
            active: 1,
            created_at: now,
          })
          .execute();

        await up();

        const row = {
          id: 'c1',
          reference: 'TR-AM-00001',
          opened_by_party_id: 'am',
          opened_by: 'liaison',
          sharing_level: 'other_party',
          display_name: 'Aram',
          category: 'civilian',
          enquirer_name: 'Anahit',
          enquirer_relation: 'mother',
          family_language: 'hy',
          status: 'open',
          created_at: now,
          updated_at: now,
        };
        await old.insertInto('tracing_case').values(row).execute();
        // The table itself refuses a sharing level or a status the domain does not know.
        await expect(
          old
            .insertInto('tracing_case')
            .values({ ...row, id: 'c2', reference: 'x', sharing_level: 'public' })
            .execute(),
        ).rejects.toThrow();
        await expect(
          old
            .insertInto('tracing_case')
            .values({ ...row, id: 'c3', reference: 'y', status: 'found' })
            .execute(),
        ).rejects.toThrow();
        expect(await old.selectFrom('tracing_case').select(['match_state', 'match_done']).execute()).toEqual([
          { match_state: 'idle', match_done: 0 },
        ]);
        await old
          .insertInto('tracing_remains')
          .values({
            id: 'r1',
            reference: 'R-1',
            recovered_by_party_id: 'am',
            held_by_party_id: 'am',
            recovered_on: '2020-11-20',
            recovered_place: 'x',
            place_precision: 'point',
            recovered_by: 'team',
            identification_status: 'unidentified',
            case_id: 'c1',
            created_at: now,
            updated_at: now,
          })
          .execute();
        await old.deleteFrom('tracing_case').where('id', '=', 'c1').execute();
        expect(await old.selectFrom('tracing_remains').select('case_id').execute()).toEqual([
          { case_id: null },
        ]);

        await down();
        const tables = (await old.introspection.getTables()).map((t) => t.name);
        for (const table of [
          'tracing_case',
          'tracing_case_status_change',
          'tracing_remains',
          'tracing_identification',
          'tracing_match',
          'tracing_case_note',
        ])
          expect(tables).not.toContain(table);
        expect(await old.selectFrom('party').select('id').execute()).toEqual([{ id: 'am' }]);
      });
    }, 60_000);
  });
}
