import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// A run's pairs are joined to persons and decisions by their keys (the plan's located matches, issue 8 point 9):
// without this index SQLite searched the whole run's pairs for each located person (minutes for 100,000 persons,
// the event loop held all along).

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('reconciliation_pair_keys_idx')
    .on('reconciliation_pair')
    .columns(['reconciliation_id', 'missing_key', 'held_key'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('reconciliation_pair_keys_idx').execute();
}
