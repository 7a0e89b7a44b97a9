import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// Incidents on the line: the incident and its review status, the parties it concerns (who reported it and who is
// named in an account: the relation access is decided on), each party's claim and the monitor's finding side by
// side (one account per source), and the status history.

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('incident')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('place_id', 'text')
    .addColumn('reporting_party_id', 'text', (c) => c.references('party.id'))
    .addColumn('reported_by', 'text', (c) => c.notNull())
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .execute();
  await db.schema
    .createIndex('incident_status_idx')
    .on('incident')
    .columns(['status', 'reported_at'])
    .execute();
  await db.schema.createIndex('incident_occurred_idx').on('incident').column('occurred_at').execute();

  await db.schema
    .createTable('incident_party')
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incident.id').onDelete('cascade'))
    .addColumn('party_id', 'text', (c) => c.notNull().references('party.id'))
    .addPrimaryKeyConstraint('incident_party_pk', ['incident_id', 'party_id'])
    .execute();
  await db.schema
    .createIndex('incident_party_party_idx')
    .on('incident_party')
    .columns(['party_id', 'incident_id'])
    .execute();

  await db.schema
    .createTable('incident_account')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incident.id').onDelete('cascade'))
    /** `monitor` or `party:<id>`: one account per source and incident. */
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('party_id', 'text', (c) => c.references('party.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('time_precision', 'text', (c) => c.notNull())
    .addColumn('place_id', 'text')
    .addColumn('latitude', 'real')
    .addColumn('longitude', 'real')
    .addColumn('place_precision', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('casualties', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('actor_party_ids', 'text', (c) => c.notNull())
    .addColumn('sources', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('incident_account_source_uq', ['incident_id', 'source_key'])
    .execute();

  await db.schema
    .createTable('incident_status_change')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incident.id').onDelete('cascade'))
    .addColumn('event', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('incident_status_change_incident_idx')
    .on('incident_status_change')
    .columns(['incident_id', 'at'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('incident_status_change').execute();
  await db.schema.dropTable('incident_account').execute();
  await db.schema.dropTable('incident_party').execute();
  await db.schema.dropTable('incident').execute();
}
