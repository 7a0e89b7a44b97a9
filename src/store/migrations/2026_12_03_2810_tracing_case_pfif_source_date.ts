import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// A case imported from PFIF keeps the record's source_date (when the original record was made), so that a re-export
// says when the record was made and not when Parley imported it. Cases opened in Parley leave it empty.

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('tracing_case').addColumn('pfif_source_date', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('tracing_case').dropColumn('pfif_source_date').execute();
}
