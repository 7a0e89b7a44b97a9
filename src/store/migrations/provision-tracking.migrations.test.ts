import { describe, expect, it } from 'vitest';
import { withMigrationUnderTest } from '../testing/migration-under-test.js';
import { testDialects } from '../testing/test-store.js';

const OURS = '2026_12_03_1400_create_provision_tracking';

for (const dialect of testDialects()) {
  describe(`the provision tracking migration on ${dialect}`, () => {
    it('adds assessments, deadlines, positions and evidence to a database with an agreement, and takes them away', async () => {
      await withMigrationUnderTest(dialect, OURS, async ({ db: old, up, down }) => {
        const now = '2020-12-14T12:00:00.000Z';
        await old
          .insertInto('agreement')
          .values({
            id: 'a',
            code: 'a',
            title: '{"en":"A"}',
            signed_on: '2020-11-10',
            source_note: '',
            created_at: now,
          })
          .execute();
        await old
          .insertInto('provision')
          .values({
            id: 'p8',
            agreement_id: 'a',
            number: 8,
            text: '{"en":"x"}',
            responsible_party_ids: '[]',
            status: 'not_assessed',
          })
          .execute();

        await up();

        const assessment = {
          id: 'as-1',
          provision_id: 'p8',
          level: 2,
          effective_on: '2020-12-14',
          rationale: 'exchange',
          author_id: null,
          author: 'coordinator',
          recorded_at: now,
        };
        await old.insertInto('provision_assessment').values(assessment).execute();
        // The table holds the scale itself: a level off it is refused whatever writes it.
        await expect(
          old
            .insertInto('provision_assessment')
            .values({ ...assessment, id: 'as-2', level: 4 })
            .execute(),
        ).rejects.toThrow();
        await old
          .insertInto('provision_evidence')
          .values({
            id: 'ev-1',
            provision_id: 'p8',
            assessment_id: 'as-1',
            record_kind: 'document',
            record_id: null,
            note: 'TASS',
            added_by: 'coordinator',
            added_at: now,
          })
          .execute();
        expect(await old.selectFrom('provision_evidence').select('assessment_id').execute()).toEqual([
          { assessment_id: 'as-1' },
        ]);

        await down();
        const tables = (await old.introspection.getTables()).map((t) => t.name);
        for (const table of [
          'provision_assessment',
          'provision_deadline',
          'provision_position',
          'provision_evidence',
        ])
          expect(tables).not.toContain(table);
        expect(await old.selectFrom('provision').select('id').execute()).toEqual([{ id: 'p8' }]);
      });
    }, 60_000);
  });
}
