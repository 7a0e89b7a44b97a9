import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// Movements through the corridor (notified to the parties, each party's answers, the status history) and the
// counts of people returning (by day, origin and destination settlement).

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('corridor_movement')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('from_place_id', 'text', (c) => c.notNull())
    .addColumn('to_place_id', 'text', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('window_end', 'text', (c) => c.notNull())
    .addColumn('vehicles', 'integer', (c) => c.notNull())
    .addColumn('people', 'integer', (c) => c.notNull())
    .addColumn('cargo_summary', 'text', (c) => c.notNull())
    .addColumn('escort', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // Each notification (the first, and each after an edit) is a round; only the answers of the current round hold.
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('corridor_movement_window_idx')
    .on('corridor_movement')
    .column('window_start')
    .execute();

  // The parties notified of a movement: a party's liaison sees the movement once its party is notified.
  await db.schema
    .createTable('corridor_movement_party')
    .addColumn('movement_id', 'text', (c) =>
      c.notNull().references('corridor_movement.id').onDelete('cascade'),
    )
    .addColumn('party_id', 'text', (c) => c.notNull().references('party.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('corridor_movement_party_pk', ['movement_id', 'party_id'])
    .execute();
  await db.schema
    .createIndex('corridor_movement_party_party_idx')
    .on('corridor_movement_party')
    .columns(['party_id', 'movement_id'])
    .execute();

  await db.schema
    .createTable('corridor_movement_answer')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('movement_id', 'text', (c) =>
      c.notNull().references('corridor_movement.id').onDelete('cascade'),
    )
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('party_id', 'text', (c) => c.notNull().references('party.id'))
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('by_user_id', 'text')
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('corridor_movement_answer_movement_idx')
    .on('corridor_movement_answer')
    .columns(['movement_id', 'round'])
    .execute();

  await db.schema
    .createTable('corridor_movement_change')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('movement_id', 'text', (c) =>
      c.notNull().references('corridor_movement.id').onDelete('cascade'),
    )
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('by_user_id', 'text')
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('corridor_movement_change_movement_idx')
    .on('corridor_movement_change')
    .columns(['movement_id', 'at'])
    .execute();

  await db.schema
    .createTable('return_count')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('origin_place_id', 'text')
    .addColumn('destination_place_id', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('individuals', 'integer', (c) => c.notNull())
    .addColumn('households', 'integer')
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('movement_id', 'text', (c) => c.references('corridor_movement.id').onDelete('set null'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('return_count_date_idx').on('return_count').column('date').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('return_count').execute();
  await db.schema.dropTable('corridor_movement_change').execute();
  await db.schema.dropTable('corridor_movement_answer').execute();
  await db.schema.dropTable('corridor_movement_party').execute();
  await db.schema.dropTable('corridor_movement').execute();
}
