import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// Remains carried by an exchange event: each set planned to go from the party holding it to another party of the
// exchange, handed over (handed_over_at) when the exchange's outcome is confirmed by all.

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('tracing_remains_transfer')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('remains_id', 'text', (c) => c.notNull().references('tracing_remains.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull().references('exchange_event.id').onDelete('cascade'))
    .addColumn('from_party_id', 'text', (c) => c.notNull().references('party.id'))
    .addColumn('to_party_id', 'text', (c) => c.notNull().references('party.id'))
    .addColumn('planned_by', 'text', (c) => c.notNull())
    .addColumn('planned_at', 'text', (c) => c.notNull())
    .addColumn('handed_over_at', 'text')
    .addUniqueConstraint('tracing_remains_transfer_remains_event_uq', ['remains_id', 'event_id'])
    .execute();
  await db.schema
    .createIndex('tracing_remains_transfer_event_idx')
    .on('tracing_remains_transfer')
    .column('event_id')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('tracing_remains_transfer').execute();
}
