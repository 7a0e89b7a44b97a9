import { type Kysely, sql } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// Tracing: missing-person cases opened for families (with the sharing level they chose and each status step),
// notes read from PFIF, remains records with every identification step, and the engine's candidate matches.

const SHARING = sql`sharing_level in ('intermediary_only', 'other_party')`;
const CASE_STATUS = sql`status in ('open', 'possible_match', 'located_alive', 'located_dead', 'closed')`;
const IDENTIFICATION = sql`identification_status in ('unidentified', 'presumptive', 'confirmed')`;
const DECISION = sql`decision in ('pending', 'confirmed', 'rejected')`;

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('tracing_case')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('opened_by_party_id', 'text', (c) => c.notNull().references('party.id'))
    .addColumn('opened_by_user_id', 'text')
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addColumn('sharing_level', 'text', (c) => c.notNull().check(SHARING))
    .addColumn('given_name', 'text')
    .addColumn('family_name', 'text')
    .addColumn('patronymic', 'text')
    .addColumn('full_name', 'text')
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('sex', 'text')
    .addColumn('birth_date', 'text')
    .addColumn('birth_place', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('unit', 'text')
    .addColumn('rank', 'text')
    .addColumn('last_seen_on', 'text')
    .addColumn('last_seen_precision', 'text')
    .addColumn('last_seen_place', 'text')
    .addColumn('last_seen_place_precision', 'text')
    .addColumn('circumstances_note', 'text')
    .addColumn('enquirer_name', 'text', (c) => c.notNull())
    .addColumn('enquirer_relation', 'text', (c) => c.notNull())
    .addColumn('enquirer_contact', 'text')
    .addColumn('family_language', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(CASE_STATUS))
    .addColumn('alive_state', 'text')
    .addColumn('close_reason', 'text')
    .addColumn('merged_into_case_id', 'text', (c) => c.references('tracing_case.id').onDelete('set null'))
    .addColumn('expires_on', 'text')
    .addColumn('pfif_record_id', 'text', (c) => c.unique())
    .addColumn('match_state', 'text', (c) => c.notNull().defaultTo('idle'))
    .addColumn('match_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('match_total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('match_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('tracing_case_party_status_idx')
    .on('tracing_case')
    .columns(['opened_by_party_id', 'status'])
    .execute();
  await db.schema.createIndex('tracing_case_expires_idx').on('tracing_case').column('expires_on').execute();

  await db.schema
    .createTable('tracing_case_status_change')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('tracing_case.id').onDelete('cascade'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('alive_state', 'text')
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('match_id', 'text')
    .addColumn('by_user_id', 'text')
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('tracing_case_status_change_case_idx')
    .on('tracing_case_status_change')
    .columns(['case_id', 'at'])
    .execute();

  await db.schema
    .createTable('tracing_case_note')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('tracing_case.id').onDelete('cascade'))
    .addColumn('pfif_note_id', 'text', (c) => c.unique())
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('pfif_status', 'text')
    .addColumn('found', 'integer')
    .addColumn('source_date', 'text', (c) => c.notNull())
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('tracing_case_note_case_idx')
    .on('tracing_case_note')
    .column('case_id')
    .execute();

  await db.schema
    .createTable('tracing_remains')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('recovered_by_party_id', 'text', (c) => c.notNull().references('party.id'))
    .addColumn('held_by_party_id', 'text', (c) => c.notNull().references('party.id'))
    .addColumn('recovered_on', 'text', (c) => c.notNull())
    .addColumn('recovered_place', 'text', (c) => c.notNull())
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    .addColumn('place_precision', 'text', (c) => c.notNull())
    .addColumn('recovered_by', 'text', (c) => c.notNull())
    .addColumn('found_with_documents', 'text')
    .addColumn('found_with_tokens', 'text')
    .addColumn('clothing_notes', 'text')
    .addColumn('sex', 'text')
    .addColumn('document_name', 'text')
    .addColumn('repatriated_on', 'text')
    .addColumn('exchange_event_id', 'text', (c) => c.references('exchange_event.id').onDelete('set null'))
    .addColumn('identification_status', 'text', (c) => c.notNull().check(IDENTIFICATION))
    .addColumn('identification_method', 'text')
    .addColumn('case_id', 'text', (c) => c.references('tracing_case.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('tracing_remains_parties_idx')
    .on('tracing_remains')
    .columns(['held_by_party_id', 'recovered_by_party_id'])
    .execute();

  await db.schema
    .createTable('tracing_identification')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('remains_id', 'text', (c) => c.notNull().references('tracing_remains.id').onDelete('cascade'))
    .addColumn('identification_status', 'text', (c) => c.notNull().check(IDENTIFICATION))
    .addColumn('method', 'text')
    .addColumn('case_id', 'text')
    .addColumn('effective_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('by_user_id', 'text')
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('tracing_identification_remains_idx')
    .on('tracing_identification')
    .columns(['remains_id', 'effective_on'])
    .execute();

  await db.schema
    .createTable('tracing_match')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('tracing_case.id').onDelete('cascade'))
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('target_party_id', 'text')
    .addColumn('target_label', 'text', (c) => c.notNull())
    .addColumn('probability', 'double precision', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull().check(DECISION))
    .addColumn('note', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('tracing_match_target_unique', ['case_id', 'target_kind', 'target_id'])
    .execute();
  await db.schema
    .createIndex('tracing_match_decision_idx')
    .on('tracing_match')
    .columns(['decision', 'probability'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('tracing_match').execute();
  await db.schema.dropTable('tracing_identification').execute();
  await db.schema.dropTable('tracing_remains').execute();
  await db.schema.dropTable('tracing_case_note').execute();
  await db.schema.dropTable('tracing_case_status_change').execute();
  await db.schema.dropTable('tracing_case').execute();
}
