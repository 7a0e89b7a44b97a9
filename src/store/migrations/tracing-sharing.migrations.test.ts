import { describe, expect, it } from 'vitest';
import { withMigrationUnderTest } from '../testing/migration-under-test.js';
import { testDialects } from '../testing/test-store.js';

const OURS = '2026_12_03_2300_tracing_sharing_observer_counts';
const now = '2020-12-14T12:00:00.000Z';

const PARTY_AM = {
  id: 'am',
  code: 'AM',
  kind: 'party',
  name_en: 'Armenia',
  name_ru: 'Армения',
  name_hy: 'Հայաստան',
  name_az: 'Ermənistan',
  active: 1,
  created_at: now,
};

const caseRow = (id: string, sharingLevel: string) => ({
  id,
  reference: `TR-AM-${id}`,
  opened_by_party_id: 'am',
  opened_by: 'liaison',
  sharing_level: sharingLevel,
  display_name: 'Արամ',
  category: 'civilian',
  enquirer_name: 'Anahit',
  enquirer_relation: 'mother',
  family_language: 'hy',
  status: 'open',
  created_at: now,
  updated_at: now,
});

const step = (id: string, caseId: string) => ({
  id,
  case_id: caseId,
  to_status: 'open',
  event: 'opened',
  reason: 'caseOpened',
  note: '',
  by: 'liaison',
  at: now,
});

for (const dialect of testDialects()) {
  describe(`the tracing sharing-level migration on ${dialect}`, () => {
    it('stores "counted for observers" as a level, keeps every case with its history and references, and goes back', async () => {
      await withMigrationUnderTest(dialect, OURS, async ({ db: old, up, down }) => {
        await old.insertInto('party').values(PARTY_AM).execute();
        await old.insertInto('tracing_case').values(caseRow('1', 'other_party')).execute();
        await old
          .insertInto('tracing_case')
          .values({ ...caseRow('2', 'intermediary_only'), merged_into_case_id: '1' })
          .execute();
        await old
          .insertInto('tracing_case_status_change')
          .values([step('s1', '1'), step('s2', '2')])
          .execute();
        await old
          .insertInto('tracing_remains')
          .values({
            id: 'r1',
            reference: 'R-1',
            recovered_by_party_id: 'am',
            held_by_party_id: 'am',
            recovered_on: '2020-11-20',
            recovered_place: 'Հադրութ',
            place_precision: 'settlement',
            recovered_by: 'team',
            identification_status: 'presumptive',
            case_id: '1',
            created_at: now,
            updated_at: now,
          })
          .execute();
        await expect(
          old.insertInto('tracing_case').values(caseRow('3', 'observers_counts')).execute(),
        ).rejects.toThrow();

        await up();

        expect(
          await old
            .selectFrom('tracing_case')
            .select(['id', 'sharing_level', 'merged_into_case_id'])
            .orderBy('id')
            .execute(),
        ).toEqual([
          { id: '1', sharing_level: 'other_party', merged_into_case_id: null },
          { id: '2', sharing_level: 'intermediary_only', merged_into_case_id: '1' },
        ]);
        expect(
          await old.selectFrom('tracing_case_status_change').select('id').orderBy('id').execute(),
        ).toEqual([{ id: 's1' }, { id: 's2' }]);
        expect(await old.selectFrom('tracing_remains').select('case_id').execute()).toEqual([
          { case_id: '1' },
        ]);
        await old.insertInto('tracing_case').values(caseRow('3', 'observers_counts')).execute();
        await expect(
          old.insertInto('tracing_case').values(caseRow('4', 'public')).execute(),
        ).rejects.toThrow();
        // The history still refers to the cases: a step of no case is refused, a deleted case takes its steps.
        await expect(
          old.insertInto('tracing_case_status_change').values(step('s9', 'none')).execute(),
        ).rejects.toThrow();
        await old.deleteFrom('tracing_case').where('id', '=', '2').execute();
        expect(
          await old.selectFrom('tracing_case_status_change').select('id').orderBy('id').execute(),
        ).toEqual([{ id: 's1' }]);

        await down();
        expect(
          await old.selectFrom('tracing_case').select(['id', 'sharing_level']).orderBy('id').execute(),
        ).toEqual([
          { id: '1', sharing_level: 'other_party' },
          { id: '3', sharing_level: 'intermediary_only' },
        ]);
        await expect(
          old.insertInto('tracing_case').values(caseRow('5', 'observers_counts')).execute(),
        ).rejects.toThrow();
      });
    }, 60_000);
  });
}

const TRANSFERS = '2026_12_03_2310_create_tracing_remains_transfer';

for (const dialect of testDialects()) {
  describe(`the remains-in-exchanges migration on ${dialect}`, () => {
    it('adds the remains an exchange carries, one row per remains and exchange, and takes the table away', async () => {
      await withMigrationUnderTest(dialect, TRANSFERS, async ({ db: old, up, down }) => {
        await up();
        const tables = (await old.introspection.getTables()).map((t) => t.name);
        expect(tables).toContain('tracing_remains_transfer');
        // A transfer of remains that do not exist is refused.
        await expect(
          old
            .insertInto('tracing_remains_transfer')
            .values({
              id: 't1',
              remains_id: 'none',
              event_id: 'none',
              from_party_id: 'none',
              to_party_id: 'none',
              planned_by: 'coordinator',
              planned_at: now,
            })
            .execute(),
        ).rejects.toThrow();
        await down();
        expect((await old.introspection.getTables()).map((t) => t.name)).not.toContain(
          'tracing_remains_transfer',
        );
      });
    }, 60_000);
  });
}

const SOURCE_DATE = '2026_12_03_2810_tracing_case_pfif_source_date';

for (const dialect of testDialects()) {
  describe(`the PFIF source date migration on ${dialect}`, () => {
    it('adds an empty source date to the cases there are, and takes it away keeping the cases', async () => {
      await withMigrationUnderTest(dialect, SOURCE_DATE, async ({ db: old, up, down }) => {
        await old.insertInto('party').values(PARTY_AM).execute();
        await old.insertInto('tracing_case').values(caseRow('1', 'other_party')).execute();
        await up();
        expect(await old.selectFrom('tracing_case').select(['id', 'pfif_source_date']).execute()).toEqual([
          { id: '1', pfif_source_date: null },
        ]);
        await down();
        const columns = (await old.introspection.getTables()).find((t) => t.name === 'tracing_case')?.columns;
        expect(columns?.map((c) => c.name)).not.toContain('pfif_source_date');
        expect(await old.selectFrom('tracing_case').select('id').execute()).toEqual([{ id: '1' }]);
      });
    }, 60_000);
  });
}
