import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// The persons by record keys and status, read from the index alone (issue 8, load): PostgreSQL counts the persons a
// run's accepted pairs let the coordinator verify by looking each pair's persons up here. Without it, and before its
// statistics were gathered, it searched the index by status and name for each pair's keys (minutes on 100,000).

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('exchange_person_keys_status_idx')
    .on('exchange_person')
    .columns(['missing_key', 'held_key', 'status'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('exchange_person_keys_status_idx').execute();
}
