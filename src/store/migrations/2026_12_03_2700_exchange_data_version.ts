import { type Kysely, SqliteAdapter, sql } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// Counters of the writes that what a server keeps computed is computed from (issue 8, load): the discrepancy
// report's worker keeps a report, and the plan its count of persons to verify, for as long as their counter stands,
// so paging a section or reading the plan again computes nothing.
// - `report`: lists and their versions (a version's entries and clusters are written and deleted with it), entries
//   and clusters changed later, pair decisions, the two parties, and a run's status, sharing, end and list versions
//   (not its heartbeat or progress).
// - `persons`: all of these, and the persons.
// Triggers count every such write whoever makes it (server, command line, retention, migrations), in the writer's own
// transaction, so a reader's snapshot holds the rows and the counter of one moment. On PostgreSQL the count is
// deferred to the commit and made once a transaction, so writers hold a counter's row only while committing.

const WATCHED: { table: string; events: string[]; counters: string[] }[] = [
  { table: 'party', events: ['insert', 'update', 'delete'], counters: ['report', 'persons'] },
  { table: 'exchange_list', events: ['insert', 'update', 'delete'], counters: ['report', 'persons'] },
  { table: 'exchange_list_version', events: ['insert', 'update', 'delete'], counters: ['report', 'persons'] },
  { table: 'exchange_list_entry', events: ['update', 'delete'], counters: ['report', 'persons'] },
  {
    table: 'exchange_duplicate_cluster',
    events: ['insert', 'update', 'delete'],
    counters: ['report', 'persons'],
  },
  { table: 'pair_decision', events: ['insert', 'update', 'delete'], counters: ['report', 'persons'] },
  { table: 'reconciliation', events: ['insert', 'update', 'delete'], counters: ['report', 'persons'] },
  { table: 'exchange_person', events: ['insert', 'update', 'delete'], counters: ['persons'] },
];
const RUN_COLUMNS = ['status', 'shared_at', 'finished_at', 'version_ids'];

const triggerName = (table: string, event: string) => `data_version_${table}_${event}`;
const inList = (counters: string[]) => counters.map((c) => `'${c}'`).join(', ');

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('exchange_data_version')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await db
    .insertInto('exchange_data_version')
    .values([
      { name: 'report', version: 0 },
      { name: 'persons', version: 0 },
    ])
    .execute();
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  if (!sqlite) {
    await sql
      .raw(`
        create function exchange_data_bump() returns trigger language plpgsql as $$
        declare
          flag text := 'parley.data_bumped_' || replace(tg_argv[0], ',', '_');
        begin
          if coalesce(current_setting(flag, true), '') <> 'y' then
            update exchange_data_version set version = version + 1
              where name = any(string_to_array(tg_argv[0], ','));
            perform set_config(flag, 'y', true);
          end if;
          return null;
        end $$`)
      .execute(db);
  }
  for (const { table, events, counters } of WATCHED) {
    for (const event of events) {
      const only =
        table === 'reconciliation' && event === 'update'
          ? RUN_COLUMNS.map((c) =>
              sqlite ? `old.${c} is not new.${c}` : `old.${c} is distinct from new.${c}`,
            )
          : null;
      const statement = sqlite
        ? `create trigger ${triggerName(table, event)} after ${event} on ${table}` +
          `${only ? ` when ${only.join(' or ')}` : ''} begin ` +
          `update exchange_data_version set version = version + 1 where name in (${inList(counters)}); end`
        : `create constraint trigger ${triggerName(table, event)} after ${event} on ${table} ` +
          'deferrable initially deferred for each row' +
          `${only ? ` when (${only.join(' or ')})` : ''} ` +
          `execute function exchange_data_bump('${counters.join(',')}')`;
      await sql.raw(statement).execute(db);
    }
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  for (const { table, events } of WATCHED) {
    for (const event of events) {
      await sql
        .raw(`drop trigger if exists ${triggerName(table, event)}${sqlite ? '' : ` on ${table}`}`)
        .execute(db);
    }
  }
  if (!sqlite) await sql`drop function if exists exchange_data_bump()`.execute(db);
  await db.schema.dropTable('exchange_data_version').execute();
}
