import { type Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDb } from '../db.js';
import { createTestDatabase, testDialects } from '../testing/test-store.js';
import { migrations } from './index.js';

const OURS = '2026_12_03_2500_action_item_history';

for (const dialect of testDialects()) {
  describe(`the action item history migration on ${dialect}`, () => {
    it('adds a history that goes with its item, keeps the items there before, and takes it away again', async () => {
      const database = await createTestDatabase(dialect);
      const { db } = await createDb(database.target);
      // biome-ignore lint/suspicious/noExplicitAny: rows of the schema as it was, before the change
      const old = db as unknown as Kysely<any>;
      try {
        const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < OURS));
        const { error } = await new Migrator({
          db: old,
          provider: { getMigrations: async () => before },
        }).migrateToLatest();
        if (error) throw error;
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

        await migrations[OURS].up(old);
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

        await migrations[OURS].down?.(old);
        const tables = (await old.introspection.getTables()).map((t) => t.name);
        expect(tables).not.toContain('action_item_status_change');
        expect(tables).toContain('action_item');
      } finally {
        await db.destroy();
        await database.drop();
      }
    }, 60_000);
  });
}
