import { type Kysely, sql } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// A provision's implementation over time (the level is checked in the table too: 0 not started .. 3 full): the intermediary's dated assessments on the 0–3 scale, its deadlines,
// each party's stated positions, and the evidence (links to records of other modules, or documents).

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('provision_assessment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('provision_id', 'text', (c) => c.notNull().references('provision.id').onDelete('cascade'))
    .addColumn('level', 'integer', (c) => c.notNull().check(sql`level between 0 and 3`))
    .addColumn('effective_on', 'text', (c) => c.notNull())
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('provision_assessment_provision_idx')
    .on('provision_assessment')
    .columns(['provision_id', 'effective_on'])
    .execute();

  await db.schema
    .createTable('provision_deadline')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('provision_id', 'text', (c) => c.notNull().references('provision.id').onDelete('cascade'))
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('met_on', 'text')
    .execute();
  await db.schema
    .createIndex('provision_deadline_provision_idx')
    .on('provision_deadline')
    .columns(['provision_id', 'due_on'])
    .execute();

  await db.schema
    .createTable('provision_position')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('provision_id', 'text', (c) => c.notNull().references('provision.id').onDelete('cascade'))
    .addColumn('party_id', 'text', (c) => c.notNull().references('party.id'))
    .addColumn('level', 'integer')
    .addColumn('statement', 'text', (c) => c.notNull())
    .addColumn('stated_on', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('provision_position_provision_idx')
    .on('provision_position')
    .columns(['provision_id', 'party_id', 'stated_on'])
    .execute();

  await db.schema
    .createTable('provision_evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('provision_id', 'text', (c) => c.notNull().references('provision.id').onDelete('cascade'))
    .addColumn('assessment_id', 'text', (c) => c.references('provision_assessment.id').onDelete('set null'))
    .addColumn('record_kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('provision_evidence_provision_idx')
    .on('provision_evidence')
    .columns(['provision_id', 'added_at'])
    .execute();
  await db.schema
    .createIndex('provision_evidence_record_idx')
    .on('provision_evidence')
    .columns(['record_kind', 'record_id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('provision_evidence').execute();
  await db.schema.dropTable('provision_position').execute();
  await db.schema.dropTable('provision_deadline').execute();
  await db.schema.dropTable('provision_assessment').execute();
}
