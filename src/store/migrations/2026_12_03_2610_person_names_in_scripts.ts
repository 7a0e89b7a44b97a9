import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// A person's name in each reader's script (Latin, Cyrillic, Armenian) is stored with the person, computed when the
// person is written, so that a page of persons is a plain read (issue 8: the names were computed per request).
// The columns start empty: the store fills them for persons written before (exchangePersons.fillNamesInScripts,
// run after the migrations, since the transliteration is the engine's code), and a read computes a name still empty.

const TABLES = ['exchange_person', 'reconciliation_person_stage'] as const;
const COLUMNS = ['name_latin', 'name_cyrillic', 'name_armenian'] as const;

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) {
    for (const column of COLUMNS) await db.schema.alterTable(table).addColumn(column, 'text').execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) {
    for (const column of COLUMNS) await db.schema.alterTable(table).dropColumn(column).execute();
  }
}
