import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// An exchange gets a lifecycle: planned → confirmed → carried out → completed, or cancelled before it is carried out
// (`status`, who carried it out or cancelled it, when, why). Each person of it gets the outcome of the day
// (`outcome`: handed_over | not_handed_over, with a reason and a note), and the outcome its own confirmations
// (`exchange_outcome_confirmation`, one per side). Exchanges completed before this change were confirmed as handed
// over: they become completed, every person handed over, their confirmations those of the outcome too.

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('exchange_event')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('planned'))
    .execute();
  for (const column of [
    'carried_out_at',
    'carried_out_by',
    'cancelled_at',
    'cancelled_by',
    'cancel_reason',
  ]) {
    await db.schema.alterTable('exchange_event').addColumn(column, 'text').execute();
  }
  for (const column of ['outcome', 'outcome_reason', 'outcome_note']) {
    await db.schema.alterTable('exchange_event_person').addColumn(column, 'text').execute();
  }
  await db.schema
    .createTable('exchange_outcome_confirmation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('exchange_event.id').onDelete('cascade'))
    .addColumn('confirmer', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('party_id', 'text')
    .addColumn('by_user_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addUniqueConstraint('exchange_outcome_confirmation_event_confirmer_uq', ['event_id', 'confirmer'])
    .execute();
  await db.schema.createIndex('exchange_event_status_idx').on('exchange_event').column('status').execute();

  const completed = (await db
    .selectFrom('exchange_event')
    .select(['id', 'created_by', 'completed_at'])
    .where('completed_at', 'is not', null)
    .execute()) as { id: string; created_by: string; completed_at: string }[];
  for (const event of completed) {
    await db
      .updateTable('exchange_event')
      .set({ status: 'completed', carried_out_at: event.completed_at, carried_out_by: event.created_by })
      .where('id', '=', event.id)
      .execute();
    await db
      .updateTable('exchange_event_person')
      .set({ outcome: 'handed_over' })
      .where('event_id', '=', event.id)
      .execute();
    const confirmations = (await db
      .selectFrom('exchange_confirmation')
      .selectAll()
      .where('event_id', '=', event.id)
      .execute()) as Record<string, unknown>[];
    if (confirmations.length > 0) {
      await db
        .insertInto('exchange_outcome_confirmation')
        .values(confirmations.map((c) => ({ ...c, id: `${c.id}:outcome` })))
        .execute();
    }
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('exchange_event_status_idx').execute();
  await db.schema.dropTable('exchange_outcome_confirmation').execute();
  for (const column of ['outcome', 'outcome_reason', 'outcome_note']) {
    await db.schema.alterTable('exchange_event_person').dropColumn(column).execute();
  }
  for (const column of [
    'status',
    'carried_out_at',
    'carried_out_by',
    'cancelled_at',
    'cancelled_by',
    'cancel_reason',
  ]) {
    await db.schema.alterTable('exchange_event').dropColumn(column).execute();
  }
}
