import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// Each change of an action item's status, by whom (and for which party, when a liaison marks its own party's item
// done) and when, so the coordinator sees who said an item was done. Items recorded before keep no history: who
// changed them was never written down.

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('action_item_status_change')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('action_item_id', 'text', (c) => c.notNull().references('action_item.id').onDelete('cascade'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('done_on', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('by_party_id', 'text', (c) => c.references('party.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('action_item_status_change_item_idx')
    .on('action_item_status_change')
    .columns(['action_item_id', 'at'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('action_item_status_change').execute();
}
