import { type Kysely, SqliteAdapter, sql } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// A third sharing level for a tracing case, stored like the others: `observers_counts`, the family agreeing that the
// case be counted in the figures observers read (and nothing more). Cases keep the level they have; a case kept to
// the intermediary is no longer counted for observers, which the service decides, not this migration.
// PostgreSQL replaces the column's check constraint. SQLite cannot alter a constraint: the table is built again from
// its own definition with the new list under another name, its rows copied, the old table dropped and the new one
// renamed: the tables that refer to tracing_case by name then refer to the new one. Their rows are put back as they
// were (the drop deletes the old rows first, and the references act on that).

const LEVELS_BEFORE = "sharing_level in ('intermediary_only', 'other_party')";
const LEVELS_AFTER = "sharing_level in ('intermediary_only', 'observers_counts', 'other_party')";
/** The tables whose rows go with a deleted case (on delete cascade), as they stand at this migration. */
const CASCADED = ['tracing_case_status_change', 'tracing_case_note', 'tracing_match'];

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
async function setLevels(db: Kysely<any>, from: string, to: string): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) {
    await sql`alter table tracing_case drop constraint if exists tracing_case_sharing_level_check`.execute(
      db,
    );
    await sql
      .raw(`alter table tracing_case add constraint tracing_case_sharing_level_check check (${to})`)
      .execute(db);
    return;
  }
  const table = await sql<{ sql: string }>`select sql from sqlite_master
    where type = 'table' and name = 'tracing_case'`.execute(db);
  const definition = table.rows[0]?.sql ?? '';
  if (!definition.includes(from)) throw new Error(`tracing_case has no check "${from}" to replace`);
  const indexes = await sql<{ sql: string }>`select sql from sqlite_master
    where type = 'index' and tbl_name = 'tracing_case' and sql is not null`.execute(db);
  // Dropping the old table deletes its rows first, and the references to it act (cascade, set null): what they
  // would take is put aside and put back once the new table has the old one's name.
  await sql`create temp table stash_case_merge as select id, merged_into_case_id from tracing_case`.execute(
    db,
  );
  await sql`create temp table stash_remains_case as
    select id, case_id from tracing_remains where case_id is not null`.execute(db);
  for (const child of CASCADED)
    await sql.raw(`create temp table stash_${child} as select * from ${child}`).execute(db);
  await sql
    .raw(
      definition
        .replace(/^create table "tracing_case"/i, 'create table "tracing_case_next"')
        .replace(from, to),
    )
    .execute(db);
  await sql`insert into tracing_case_next select * from tracing_case`.execute(db);
  await sql`drop table tracing_case`.execute(db);
  await sql`alter table tracing_case_next rename to tracing_case`.execute(db);
  for (const index of indexes.rows) await sql.raw(index.sql).execute(db);
  await sql`update tracing_case set merged_into_case_id =
    (select s.merged_into_case_id from stash_case_merge s where s.id = tracing_case.id)`.execute(db);
  for (const child of CASCADED)
    await sql.raw(`insert into ${child} select * from stash_${child}`).execute(db);
  await sql`update tracing_remains set case_id = (select s.case_id from stash_remains_case s
    where s.id = tracing_remains.id) where id in (select id from stash_remains_case)`.execute(db);
  for (const stash of ['stash_case_merge', 'stash_remains_case', ...CASCADED.map((c) => `stash_${c}`)])
    await sql.raw(`drop table temp.${stash}`).execute(db);
  const broken = await sql`pragma foreign_key_check`.execute(db);
  if (broken.rows.length > 0)
    throw new Error(`tracing_case rebuilt with ${broken.rows.length} broken references`);
}

// biome-ignore lint/suspicious/noExplicitAny: see setLevels()
export async function up(db: Kysely<any>): Promise<void> {
  await setLevels(db, LEVELS_BEFORE, LEVELS_AFTER);
}

// biome-ignore lint/suspicious/noExplicitAny: see setLevels()
export async function down(db: Kysely<any>): Promise<void> {
  await db
    .updateTable('tracing_case')
    .set({ sharing_level: 'intermediary_only' })
    .where('sharing_level', '=', 'observers_counts')
    .execute();
  await setLevels(db, LEVELS_AFTER, LEVELS_BEFORE);
}
