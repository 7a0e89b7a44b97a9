import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// The plan counts the located persons a run's accepted pairs let the coordinator verify (issue 8, load): covering
// indexes let it read indexes alone. The persons' index by status and name (keyset pages, the plan's unresolved page
// and count) carries their record keys too, rather than a second index by status that SQLite's planner would take
// for the name order as well; a run's pairs by keys carry their class.

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('exchange_person_status_name_keys_idx')
    .on('exchange_person')
    .columns(['status', 'display_name', 'id', 'missing_key', 'held_key'])
    .execute();
  await db.schema.dropIndex('exchange_person_status_name_idx').execute();
  await db.schema
    .createIndex('reconciliation_pair_keys_class_idx')
    .on('reconciliation_pair')
    .columns(['reconciliation_id', 'missing_key', 'held_key', 'class'])
    .execute();
  await db.schema.dropIndex('reconciliation_pair_keys_idx').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('reconciliation_pair_keys_idx')
    .on('reconciliation_pair')
    .columns(['reconciliation_id', 'missing_key', 'held_key'])
    .execute();
  await db.schema.dropIndex('reconciliation_pair_keys_class_idx').execute();
  await db.schema
    .createIndex('exchange_person_status_name_idx')
    .on('exchange_person')
    .columns(['status', 'display_name', 'id'])
    .execute();
  await db.schema.dropIndex('exchange_person_status_name_keys_idx').execute();
}
