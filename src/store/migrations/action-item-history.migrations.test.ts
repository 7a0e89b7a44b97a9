import { describe, expect, it } from 'vitest';
import { withMigrationUnderTest } from '../testing/migration-under-test.js';
import { testDialects } from '../testing/test-store.js';

const OURS = '2026_12_03_2500_action_item_history';

for (const dialect of testDialects()) {
  describe(`the action item history migration on ${dialect}`, () => {
    it('adds a history that goes with its item, keeps the items there before, and takes it away again', async () => {
      await withMigrationUnderTest(dialect, OURS, async ({ db: old, up, down }) => {
        const at = '2021-01-11T00:00:00.000Z';
        await old
          .insertInto('meeting')
          .values({
            id: 'm',
            kind: 'trilateral',
            title: '{"en":"Moscow"}',
            starts_at: at,
            place_name: 'Moscow',
            delegations: '[]',
            outcome: '',
            created_by: 'x',
            created_at: at,
          })
          .execute();
        await old
          .insertInto('action_item')
          .values({
            id: 'i',
            meeting_id: 'm',
            description: 'Working group',
            status: 'done',
            done_on: '2021-01-30',
            created_at: at,
            updated_at: at,
          })
          .execute();

        await up();
        // The item recorded before is still there, with no history (who changed it was never written down).
        expect(await old.selectFrom('action_item').select(['id', 'status']).execute()).toEqual([
          { id: 'i', status: 'done' },
        ]);
        expect(await old.selectFrom('action_item_status_change').selectAll().execute()).toEqual([]);
        await old
          .insertInto('action_item_status_change')
          .values({
            id: 'c',
            action_item_id: 'i',
            from_status: 'done',
            to_status: 'open',
            note: 'Not done after all',
            by: 'coordinator',
            at,
          })
          .execute();
        // A change of an item that does not exist is refused; an item's changes go with it.
        await expect(
          old
            .insertInto('action_item_status_change')
            .values({ id: 'd', action_item_id: 'nope', to_status: 'open', note: '', by: 'x', at })
            .execute(),
        ).rejects.toThrow();
        await old.deleteFrom('action_item').where('id', '=', 'i').execute();
        expect(await old.selectFrom('action_item_status_change').selectAll().execute()).toEqual([]);

        await down();
        const tables = (await old.introspection.getTables()).map((t) => t.name);
        expect(tables).not.toContain('action_item_status_change');
        expect(tables).toContain('action_item');
      });
    }, 60_000);
  });
}
