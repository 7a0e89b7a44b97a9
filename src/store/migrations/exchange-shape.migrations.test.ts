import { describe, expect, it } from 'vitest';
import { withMigrationUnderTest } from '../testing/migration-under-test.js';
import { testDialects } from '../testing/test-store.js';

const OURS = ['2026_12_03_0100_status_reason_keys', '2026_12_03_0110_party_join_tables'];

for (const dialect of testDialects()) {
  describe(`the exchange shape's migrations on ${dialect}`, () => {
    it('turn reasons into label keys, move party_ids into join tables and note which run made a person', async () => {
      await withMigrationUnderTest(dialect, OURS, async ({ db: old, up }) => {
        const now = '2020-12-14T12:00:00.000Z';
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
        const run = {
          status: 'done',
          started_at: now,
          started_by: 'coordinator',
          progress_done: 1,
          progress_total: 1,
          phase: 'done',
          thresholds: '{"upper":0.95,"lower":0.5}',
          party_ids: '["am","az"]',
          version_ids: '[]',
        };
        await old
          .insertInto('reconciliation')
          .values([
            { ...run, id: 'run-1', finished_at: '2020-12-01T00:00:00.000Z' },
            { ...run, id: 'run-2', finished_at: '2020-12-02T00:00:00.000Z' },
          ])
          .execute();
        await old
          .insertInto('exchange_event')
          .values({
            id: 'event-1',
            date: '2020-12-14',
            place: 'Line of contact',
            place_kind: 'checkpoint',
            party_ids: '["az","am"]',
            created_by: 'coordinator',
            created_at: now,
          })
          .execute();
        const person = (id: string, missingKey: string | null) => ({
          id,
          own_party_id: 'am',
          display_name: id,
          status: 'located',
          missing_key: missingKey,
          entry_ids: '[]',
          created_at: now,
          updated_at: now,
        });
        await old
          .insertInto('exchange_person')
          .values([person('from-lists', 'k1'), person('past', null)])
          .execute();
        const sentences = [
          "listed in its party's list of missing persons",
          'matched with the held list in reconciliation run-1',
          'match confirmed by the coordinator: same unit',
          'match rejected by the coordinator',
          'exchange of 2020-12-14 at Line of contact confirmed by all',
          'ICRC visit on 2 December',
        ];
        await old
          .insertInto('person_status_change')
          .values(
            sentences.map((reason, i) => ({
              id: `change-${i}`,
              person_id: 'from-lists',
              to_status: 'located',
              reason,
              by: 'coordinator',
              at: now,
            })),
          )
          .execute();

        await up();

        const reasons = await old
          .selectFrom('person_status_change')
          .select(['reason', 'reason_params'])
          .orderBy('id')
          .execute();
        expect(reasons.map((r) => [r.reason, JSON.parse(r.reason_params)])).toEqual([
          ['listedMissing', {}],
          ['matched', { run: 'run-1' }],
          ['matchConfirmed', { note: 'same unit' }],
          ['matchRejected', {}],
          ['exchangeConfirmed', { date: '2020-12-14', place: 'Line of contact' }],
          ['note', { text: 'ICRC visit on 2 December' }],
        ]);
        const runParties = await old
          .selectFrom('reconciliation_party')
          .select(['reconciliation_id', 'party_id', 'position'])
          .orderBy('reconciliation_id')
          .orderBy('position')
          .execute();
        expect(runParties.map((r) => [r.reconciliation_id, r.party_id, Number(r.position)])).toEqual([
          ['run-1', 'am', 0],
          ['run-1', 'az', 1],
          ['run-2', 'am', 0],
          ['run-2', 'az', 1],
        ]);
        const eventParties = await old
          .selectFrom('exchange_event_party')
          .select('party_id')
          .orderBy('position')
          .execute();
        expect(eventParties.map((r) => r.party_id)).toEqual(['az', 'am']);
        const columns = (await old.introspection.getTables()).find(
          (t) => t.name === 'reconciliation',
        )?.columns;
        expect(columns?.map((c) => c.name)).not.toContain('party_ids');
        const persons = await old
          .selectFrom('exchange_person')
          .select(['id', 'run_id'])
          .orderBy('id')
          .execute();
        expect(persons).toEqual([
          { id: 'from-lists', run_id: 'run-1' },
          { id: 'past', run_id: null },
        ]);
      });
    }, 60_000);
  });
}
