import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// The map's layers (zone, line of contact, corridor route, observation posts, checkpoints: GeoJSON geometry as text)
// and humanitarian cargo (consignments with their line items, dispatched and received).

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('map_feature')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('layer', 'text', (c) => c.notNull())
    .addColumn('names', 'text', (c) => c.notNull())
    .addColumn('number', 'integer')
    .addColumn('established_on', 'text')
    .addColumn('place_id', 'text')
    .addColumn('band_km', 'real')
    .addColumn('geometry', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('map_feature_layer_idx').on('map_feature').column('layer').execute();

  await db.schema
    .createTable('consignment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('sender', 'text', (c) => c.notNull())
    .addColumn('receiver', 'text', (c) => c.notNull())
    .addColumn('from_place_id', 'text', (c) => c.notNull())
    .addColumn('to_place_id', 'text', (c) => c.notNull())
    .addColumn('movement_id', 'text', (c) => c.references('corridor_movement.id').onDelete('set null'))
    .addColumn('dispatched_on', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text')
    .addColumn('loss_note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('received_by', 'text')
    .execute();
  await db.schema
    .createIndex('consignment_received_on_idx')
    .on('consignment')
    .column('received_on')
    .execute();

  await db.schema
    .createTable('consignment_line')
    .addColumn('consignment_id', 'text', (c) => c.notNull().references('consignment.id').onDelete('cascade'))
    .addColumn('line', 'integer', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('weight_kg', 'real', (c) => c.notNull())
    .addColumn('good', 'integer')
    .addColumn('damaged', 'integer')
    .addColumn('lost', 'integer')
    .addPrimaryKeyConstraint('consignment_line_pk', ['consignment_id', 'line'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('consignment_line').execute();
  await db.schema.dropTable('consignment').execute();
  await db.schema.dropTable('map_feature').execute();
}
