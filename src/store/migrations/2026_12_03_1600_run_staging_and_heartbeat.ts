import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// A reconciliation's person changes are staged under the run and switched on in one transaction with the run's
// `done` (issue 8, point 5); the worker holding a run keeps a heartbeat on its row, so that another instance can
// take over a run whose worker died (point 6). Results left behind by runs that failed before this release
// (their pairs) are removed: only a finished run's pairs are ever served.

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('reconciliation').addColumn('worker_token', 'text').execute();
  await db.schema.alterTable('reconciliation').addColumn('heartbeat_at', 'text').execute();

  await db.schema
    .createTable('reconciliation_person_stage')
    .addColumn('run_id', 'text', (c) => c.notNull().references('reconciliation.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('own_party_id', 'text')
    .addColumn('holding_party_id', 'text')
    .addColumn('display_name', 'text')
    .addColumn('status', 'text')
    .addColumn('missing_key', 'text')
    .addColumn('held_key', 'text')
    .addColumn('entry_ids', 'text')
    .addColumn('person_run_id', 'text')
    .addColumn('created_at', 'text')
    .addColumn('updated_at', 'text')
    .addPrimaryKeyConstraint('reconciliation_person_stage_pk', ['run_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('reconciliation_history_stage')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('run_id', 'text', (c) => c.notNull().references('reconciliation.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('event', 'text')
    .addColumn('exchange_event_id', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('reason_params', 'text', (c) => c.notNull())
    .addColumn('by_user_id', 'text')
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('reconciliation_history_stage_run_idx')
    .on('reconciliation_history_stage')
    .column('run_id')
    .execute();

  const failedRuns = db.selectFrom('reconciliation').select('id').where('status', '=', 'failed');
  await db.deleteFrom('reconciliation_pair').where('reconciliation_id', 'in', failedRuns).execute();
  // Persons a failed run created without their history (the run was cut between the two writes): removed, so
  // that the next run creates them again with it. Persons in an exchange are kept whatever their history.
  await db
    .deleteFrom('exchange_person')
    .where('run_id', 'in', failedRuns)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('person_status_change')
            .select('person_status_change.id')
            .whereRef('person_status_change.person_id', '=', 'exchange_person.id'),
        ),
      ),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('exchange_event_person')
            .select('exchange_event_person.person_id')
            .whereRef('exchange_event_person.person_id', '=', 'exchange_person.id'),
        ),
      ),
    )
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reconciliation_history_stage').execute();
  await db.schema.dropTable('reconciliation_person_stage').execute();
  await db.schema.alterTable('reconciliation').dropColumn('heartbeat_at').execute();
  await db.schema.alterTable('reconciliation').dropColumn('worker_token').execute();
}
