import { describe, expect, it } from 'vitest';
import { withMigrationUnderTest } from '../testing/migration-under-test.js';
import { testDialects } from '../testing/test-store.js';

const OURS = '2026_12_03_1600_run_staging_and_heartbeat';

for (const dialect of testDialects()) {
  describe(`the run staging migration on ${dialect}`, () => {
    it('drops what runs that failed before it left behind: their pairs, and their persons without history', async () => {
      await withMigrationUnderTest(dialect, OURS, async ({ db: old, up, down }) => {
        const now = '2026-12-01T12:00:00.000Z';
        await old
          .insertInto('party')
          .values(
            ['am', 'az'].map((id) => ({
              id,
              code: id.toUpperCase(),
              kind: 'party',
              name_en: id,
              name_ru: id,
              name_hy: id,
              name_az: id,
              created_at: now,
            })),
          )
          .execute();
        const run = (id: string, status: string) => ({
          id,
          status,
          started_at: now,
          started_by: 'coordinator',
          progress_done: 1,
          progress_total: 1,
          phase: status,
          thresholds: '{"upper":0.95,"lower":0.5}',
          version_ids: '[]',
        });
        await old
          .insertInto('reconciliation')
          .values([run('done-run', 'done'), run('failed-run', 'failed')])
          .execute();
        const pair = (id: string, runId: string) => ({
          id,
          reconciliation_id: runId,
          missing_entry_id: 'm',
          held_entry_id: 'h',
          missing_party_id: 'am',
          held_party_id: 'az',
          missing_key: 'mk',
          held_key: 'hk',
          probability: 0.9,
          class: 'review',
        });
        await old
          .insertInto('reconciliation_pair')
          .values([pair('kept', 'done-run'), pair('dropped', 'failed-run')])
          .execute();
        const person = (id: string, runId: string | null) => ({
          id,
          own_party_id: 'am',
          display_name: id,
          status: 'listed',
          missing_key: id,
          entry_ids: '[]',
          run_id: runId,
          created_at: now,
          updated_at: now,
        });
        await old
          .insertInto('exchange_person')
          .values([
            person('of-done-run', 'done-run'),
            person('cut-without-history', 'failed-run'),
            person('cut-with-history', 'failed-run'),
            person('cut-in-an-exchange', 'failed-run'),
          ])
          .execute();
        await old
          .insertInto('person_status_change')
          .values({
            id: 'h1',
            person_id: 'cut-with-history',
            to_status: 'listed',
            reason: 'listedMissing',
            reason_params: '{}',
            by: 'coordinator',
            at: now,
          })
          .execute();
        await old
          .insertInto('exchange_event')
          .values({
            id: 'event-1',
            date: '2026-12-02',
            place: 'Line of contact',
            place_kind: 'checkpoint',
            created_by: 'coordinator',
            created_at: now,
          })
          .execute();
        await old
          .insertInto('exchange_event_person')
          .values({
            event_id: 'event-1',
            person_id: 'cut-in-an-exchange',
            from_party_id: 'az',
            to_party_id: 'am',
          })
          .execute();

        await up();

        const pairs = await old.selectFrom('reconciliation_pair').select('id').execute();
        expect(pairs.map((p) => p.id)).toEqual(['kept']);
        const persons = await old.selectFrom('exchange_person').select('id').orderBy('id').execute();
        expect(persons.map((p) => p.id)).toEqual(['cut-in-an-exchange', 'cut-with-history', 'of-done-run']);
        const columns = (await old.introspection.getTables()).find(
          (t) => t.name === 'reconciliation',
        )?.columns;
        expect(columns?.map((c) => c.name)).toEqual(expect.arrayContaining(['worker_token', 'heartbeat_at']));
        await down();
        const after = (await old.introspection.getTables()).map((t) => t.name);
        expect(after).not.toContain('reconciliation_person_stage');
      });
    }, 60_000);
  });
}
