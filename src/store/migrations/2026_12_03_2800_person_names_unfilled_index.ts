import { type Kysely, sql } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// Every open looks for persons whose names in each script are not stored yet (migration 2026_12_03_2610): with
// this partial index that look is one index probe (it holds only those persons, none once filled), where before it
// walked every person on each start.

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('exchange_person_names_unfilled_idx')
    .on('exchange_person')
    .column('id')
    .where(sql.ref('name_latin'), 'is', null)
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('exchange_person_names_unfilled_idx').execute();
}
