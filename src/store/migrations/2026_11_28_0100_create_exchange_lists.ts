import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('exchange_list')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('party_id', 'text', (c) => c.notNull().references('party.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('exchange_list_party_kind_uq', ['party_id', 'kind'])
    .execute();

  await db.schema
    .createTable('exchange_list_version')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('list_id', 'text', (c) => c.notNull().references('exchange_list.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('uploaded_by_user_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('entry_count', 'integer', (c) => c.notNull())
    .addUniqueConstraint('exchange_list_version_list_number_uq', ['list_id', 'number'])
    .execute();

  await db.schema
    .createTable('exchange_list_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version_id', 'text', (c) => c.notNull().references('exchange_list_version.id'))
    .addColumn('row_number', 'integer', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('extras', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('exchange_list_entry_version_row_idx')
    .on('exchange_list_entry')
    .columns(['version_id', 'row_number'])
    .execute();

  await db.schema
    .createTable('column_mapping')
    .addColumn('party_id', 'text', (c) => c.notNull().references('party.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('column_mapping_pk', ['party_id', 'kind'])
    .execute();

  await db.schema
    .createTable('exchange_upload')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('party_id', 'text', (c) => c.notNull().references('party.id'))
    .addColumn('uploaded_by_user_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('headers', 'text', (c) => c.notNull())
    .addColumn('rows', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('exchange_upload_expires_idx')
    .on('exchange_upload')
    .column('expires_at')
    .execute();

  // Duplicate clusters found by the engine inside one version; the liaison's resolution is carried to a later
  // version whose cluster has the same records (same fingerprints).
  await db.schema
    .createTable('exchange_duplicate_cluster')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version_id', 'text', (c) => c.notNull().references('exchange_list_version.id'))
    .addColumn('entry_ids', 'text', (c) => c.notNull())
    .addColumn('fingerprint_key', 'text', (c) => c.notNull())
    .addColumn('probability', 'double precision', (c) => c.notNull())
    .addColumn('resolution', 'text')
    .addColumn('note', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('resolved_at', 'text')
    .execute();
  await db.schema
    .createIndex('exchange_duplicate_cluster_version_idx')
    .on('exchange_duplicate_cluster')
    .column('version_id')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('exchange_duplicate_cluster').execute();
  await db.schema.dropTable('exchange_upload').execute();
  await db.schema.dropTable('column_mapping').execute();
  await db.schema.dropTable('exchange_list_entry').execute();
  await db.schema.dropTable('exchange_list_version').execute();
  await db.schema.dropTable('exchange_list').execute();
}
