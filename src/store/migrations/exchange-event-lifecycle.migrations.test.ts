import { describe, expect, it } from 'vitest';
import { withMigrationUnderTest } from '../testing/migration-under-test.js';
import { testDialects } from '../testing/test-store.js';

const OURS = '2026_12_03_1000_exchange_event_lifecycle';

for (const dialect of testDialects()) {
  describe(`the exchange lifecycle's migration on ${dialect}`, () => {
    it('turns an exchange confirmed by all into one completed with every person handed over, and goes back down', async () => {
      await withMigrationUnderTest(dialect, OURS, async ({ db: old, up, down }) => {
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
        await old
          .insertInto('exchange_person')
          .values(
            ['p1', 'p2'].map((id) => ({
              id,
              own_party_id: 'am',
              display_name: id,
              status: id === 'p1' ? 'handed_over' : 'included',
              entry_ids: '[]',
              created_at: now,
              updated_at: now,
            })),
          )
          .execute();
        const event = {
          place: 'Line of contact',
          place_kind: 'checkpoint',
          created_by: 'coordinator',
          created_at: now,
        };
        await old
          .insertInto('exchange_event')
          .values([
            { ...event, id: 'done', date: '2020-12-14', completed_at: now },
            { ...event, id: 'open', date: '2020-12-30', completed_at: null },
          ])
          .execute();
        await old
          .insertInto('exchange_event_person')
          .values([
            { event_id: 'done', person_id: 'p1', from_party_id: 'az', to_party_id: 'am' },
            { event_id: 'open', person_id: 'p2', from_party_id: 'az', to_party_id: 'am' },
          ])
          .execute();
        await old
          .insertInto('exchange_confirmation')
          .values(
            [
              ['party:am', 'party', 'am', 'done'],
              ['coordinator', 'coordinator', null, 'done'],
              ['party:az', 'party', 'az', 'open'],
            ].map(([confirmer, kind, party, eventId], i) => ({
              id: `c${i}`,
              event_id: eventId,
              confirmer,
              kind,
              party_id: party,
              by: 'someone',
              at: now,
            })),
          )
          .execute();

        await up();

        const events = await old
          .selectFrom('exchange_event')
          .select(['id', 'status', 'carried_out_at', 'cancelled_at'])
          .orderBy('id')
          .execute();
        expect(events).toEqual([
          { id: 'done', status: 'completed', carried_out_at: now, cancelled_at: null },
          { id: 'open', status: 'planned', carried_out_at: null, cancelled_at: null },
        ]);
        const outcomes = await old
          .selectFrom('exchange_event_person')
          .select(['event_id', 'outcome'])
          .orderBy('event_id')
          .execute();
        expect(outcomes).toEqual([
          { event_id: 'done', outcome: 'handed_over' },
          { event_id: 'open', outcome: null },
        ]);
        const outcomeConfirmations = await old
          .selectFrom('exchange_outcome_confirmation')
          .select(['event_id', 'confirmer'])
          .orderBy('confirmer')
          .execute();
        expect(outcomeConfirmations).toEqual([
          { event_id: 'done', confirmer: 'coordinator' },
          { event_id: 'done', confirmer: 'party:am' },
        ]);
        // The plan's confirmations stay as they were.
        expect(await old.selectFrom('exchange_confirmation').select('id').execute()).toHaveLength(3);

        await down();
        const tables = await old.introspection.getTables();
        expect(tables.map((t) => t.name)).not.toContain('exchange_outcome_confirmation');
        const columns = tables.find((t) => t.name === 'exchange_event')?.columns.map((c) => c.name);
        expect(columns).not.toContain('status');
        expect(columns).toContain('completed_at');
      });
    }, 60_000);
  });
}
