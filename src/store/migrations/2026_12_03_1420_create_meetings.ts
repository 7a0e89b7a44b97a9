import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// Meetings and contacts: who met whom, where and when, the provisions on the table (a join table, so a provision's
// page finds its meetings), outcome and statement; action items with owner and deadline, linked to provisions.

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meeting')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text')
    .addColumn('place_id', 'text')
    .addColumn('place_name', 'text', (c) => c.notNull())
    .addColumn('delegations', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('statement', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_starts_idx').on('meeting').column('starts_at').execute();

  await db.schema
    .createTable('meeting_topic')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('provision_id', 'text', (c) => c.notNull().references('provision.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('meeting_topic_pk', ['meeting_id', 'provision_id'])
    .execute();
  await db.schema
    .createIndex('meeting_topic_provision_idx')
    .on('meeting_topic')
    .columns(['provision_id'])
    .execute();

  await db.schema
    .createTable('action_item')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('owner_party_id', 'text', (c) => c.references('party.id'))
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('done_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('action_item_meeting_idx').on('action_item').column('meeting_id').execute();

  await db.schema
    .createTable('action_item_provision')
    .addColumn('action_item_id', 'text', (c) => c.notNull().references('action_item.id').onDelete('cascade'))
    .addColumn('provision_id', 'text', (c) => c.notNull().references('provision.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('action_item_provision_pk', ['action_item_id', 'provision_id'])
    .execute();
  await db.schema
    .createIndex('action_item_provision_provision_idx')
    .on('action_item_provision')
    .column('provision_id')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('action_item_provision').execute();
  await db.schema.dropTable('action_item').execute();
  await db.schema.dropTable('meeting_topic').execute();
  await db.schema.dropTable('meeting').execute();
}
