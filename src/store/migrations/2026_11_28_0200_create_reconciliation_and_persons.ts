import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reconciliation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('started_by_user_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('started_by', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('progress_done', 'integer', (c) => c.notNull())
    .addColumn('progress_total', 'integer', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('thresholds', 'text', (c) => c.notNull())
    .addColumn('party_ids', 'text', (c) => c.notNull())
    .addColumn('version_ids', 'text', (c) => c.notNull())
    .addColumn('counts', 'text')
    .addColumn('shared_at', 'text')
    .addColumn('shared_by', 'text')
    .addColumn('error', 'text')
    .execute();

  await db.schema
    .createTable('reconciliation_pair')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reconciliation_id', 'text', (c) =>
      c.notNull().references('reconciliation.id').onDelete('cascade'),
    )
    .addColumn('missing_entry_id', 'text', (c) => c.notNull())
    .addColumn('held_entry_id', 'text', (c) => c.notNull())
    .addColumn('missing_party_id', 'text', (c) => c.notNull())
    .addColumn('held_party_id', 'text', (c) => c.notNull())
    .addColumn('missing_key', 'text', (c) => c.notNull())
    .addColumn('held_key', 'text', (c) => c.notNull())
    .addColumn('probability', 'double precision', (c) => c.notNull())
    .addColumn('class', 'text', (c) => c.notNull())
    .addColumn('explanation', 'text')
    .execute();
  await db.schema
    .createIndex('reconciliation_pair_run_class_idx')
    .on('reconciliation_pair')
    .columns(['reconciliation_id', 'class', 'probability'])
    .execute();

  await db.schema
    .createTable('pair_decision')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('missing_key', 'text', (c) => c.notNull())
    .addColumn('held_key', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('decided_by_user_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addUniqueConstraint('pair_decision_keys_uq', ['missing_key', 'held_key'])
    .execute();

  await db.schema
    .createTable('exchange_person')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('own_party_id', 'text', (c) => c.notNull().references('party.id'))
    .addColumn('holding_party_id', 'text', (c) => c.references('party.id'))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('missing_key', 'text')
    .addColumn('held_key', 'text')
    .addColumn('entry_ids', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('exchange_person_missing_key_idx')
    .on('exchange_person')
    .column('missing_key')
    .execute();
  await db.schema
    .createIndex('exchange_person_held_key_idx')
    .on('exchange_person')
    .column('held_key')
    .execute();
  await db.schema
    .createIndex('exchange_person_own_party_idx')
    .on('exchange_person')
    .column('own_party_id')
    .execute();

  await db.schema
    .createTable('person_status_change')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('exchange_person.id').onDelete('cascade'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('event', 'text')
    .addColumn('exchange_event_id', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('by_user_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('person_status_change_person_idx')
    .on('person_status_change')
    .columns(['person_id', 'at'])
    .execute();

  await db.schema
    .createTable('exchange_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('place_kind', 'text', (c) => c.notNull())
    .addColumn('party_ids', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .execute();

  await db.schema
    .createTable('exchange_event_person')
    .addColumn('event_id', 'text', (c) => c.notNull().references('exchange_event.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('exchange_person.id'))
    .addColumn('from_party_id', 'text', (c) => c.notNull())
    .addColumn('to_party_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('exchange_event_person_pk', ['event_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('exchange_confirmation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('exchange_event.id').onDelete('cascade'))
    .addColumn('confirmer', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('party_id', 'text')
    .addColumn('by_user_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addUniqueConstraint('exchange_confirmation_event_confirmer_uq', ['event_id', 'confirmer'])
    .execute();

  await db.schema
    .createTable('published_report')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'published_report',
    'exchange_confirmation',
    'exchange_event_person',
    'exchange_event',
    'person_status_change',
    'exchange_person',
    'pair_decision',
    'reconciliation_pair',
    'reconciliation',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
