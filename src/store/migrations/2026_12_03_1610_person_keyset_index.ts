import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// The persons are read a page at a time in name order (keyset on display_name, id), with or without a status.

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('exchange_person_name_idx')
    .on('exchange_person')
    .columns(['display_name', 'id'])
    .execute();
  await db.schema
    .createIndex('exchange_person_status_name_idx')
    .on('exchange_person')
    .columns(['status', 'display_name', 'id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('exchange_person_status_name_idx').execute();
  await db.schema.dropIndex('exchange_person_name_idx').execute();
}
