import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// Field officers posted at checkpoints, and the passages they log there (each sent with an idempotency key, so a
// retry from a phone that lost its link never makes a second entry).

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('checkpoint_officer')
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('checkpoint_id', 'text', (c) => c.notNull().references('map_feature.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('checkpoint_officer_pk', ['user_id', 'checkpoint_id'])
    .execute();
  await db.schema
    .createTable('corridor_passage')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('checkpoint_id', 'text', (c) => c.notNull().references('map_feature.id'))
    .addColumn('movement_id', 'text', (c) => c.references('corridor_movement.id').onDelete('set null'))
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('time_in', 'text', (c) => c.notNull())
    .addColumn('time_out', 'text')
    .addColumn('vehicles', 'integer', (c) => c.notNull())
    .addColumn('inspection', 'text', (c) => c.notNull())
    .addColumn('remarks', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('corridor_passage_checkpoint_idx')
    .on('corridor_passage')
    .columns(['checkpoint_id', 'time_in'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('corridor_passage').execute();
  await db.schema.dropTable('checkpoint_officer').execute();
}
