import { type Kysely, SqliteAdapter, sql } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// A counter of the writes the discrepancy report is computed from (issue 8, load): the report's worker keeps a
// computed report for as long as the counter it read with it stands, so paging a section does not compute the
// report again. Triggers count every such write whoever makes it (server, command line, retention, migrations):
// lists and their versions (a version's entries and clusters are written and deleted with it), entries and
// clusters changed later, pair decisions, the two parties, and a run's status, sharing, end and list versions (not
// its heartbeat or progress). The counter is written in the writer's own transaction, so a reader's snapshot holds
// the rows and the counter of one moment. On PostgreSQL the count is deferred to the commit and made once a
// transaction, so writers hold the counter's row only while committing.

const WATCHED: { table: string; events: string[] }[] = [
  { table: 'party', events: ['insert', 'update', 'delete'] },
  { table: 'exchange_list', events: ['insert', 'update', 'delete'] },
  { table: 'exchange_list_version', events: ['insert', 'update', 'delete'] },
  { table: 'exchange_list_entry', events: ['update', 'delete'] },
  { table: 'exchange_duplicate_cluster', events: ['insert', 'update', 'delete'] },
  { table: 'pair_decision', events: ['insert', 'update', 'delete'] },
];
const RUN_COLUMNS = ['status', 'shared_at', 'finished_at', 'version_ids'];

const triggerName = (table: string, event: string) => `report_data_${table}_${event}`;

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('report_data_version')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await db.insertInto('report_data_version').values({ id: 1, version: 0 }).execute();

  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    const bump = 'update report_data_version set version = version + 1 where id = 1;';
    for (const { table, events } of WATCHED) {
      for (const event of events) {
        await sql
          .raw(`create trigger ${triggerName(table, event)} after ${event} on ${table} begin ${bump} end`)
          .execute(db);
      }
    }
    await sql
      .raw(
        `create trigger ${triggerName('reconciliation', 'insert')} after insert on reconciliation begin ${bump} end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${triggerName('reconciliation', 'delete')} after delete on reconciliation begin ${bump} end`,
      )
      .execute(db);
    const changed = RUN_COLUMNS.map((c) => `old.${c} is not new.${c}`).join(' or ');
    await sql
      .raw(
        `create trigger ${triggerName('reconciliation', 'update')} after update on reconciliation ` +
          `when ${changed} begin ${bump} end`,
      )
      .execute(db);
    return;
  }

  await sql
    .raw(`
      create function report_data_bump() returns trigger language plpgsql as $$
      begin
        if coalesce(current_setting('parley.report_data_bumped', true), '') <> 'y' then
          update report_data_version set version = version + 1 where id = 1;
          perform set_config('parley.report_data_bumped', 'y', true);
        end if;
        return null;
      end $$`)
    .execute(db);
  for (const { table, events } of WATCHED) {
    for (const event of events) {
      await sql
        .raw(
          `create constraint trigger ${triggerName(table, event)} after ${event} on ${table} ` +
            'deferrable initially deferred for each row execute function report_data_bump()',
        )
        .execute(db);
    }
  }
  for (const event of ['insert', 'delete']) {
    await sql
      .raw(
        `create constraint trigger ${triggerName('reconciliation', event)} after ${event} on reconciliation ` +
          'deferrable initially deferred for each row execute function report_data_bump()',
      )
      .execute(db);
  }
  const changed = RUN_COLUMNS.map((c) => `old.${c} is distinct from new.${c}`).join(' or ');
  await sql
    .raw(
      `create constraint trigger ${triggerName('reconciliation', 'update')} after update on reconciliation ` +
        `deferrable initially deferred for each row when (${changed}) execute function report_data_bump()`,
    )
    .execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const tables = [...WATCHED, { table: 'reconciliation', events: ['insert', 'update', 'delete'] }];
  for (const { table, events } of tables) {
    for (const event of events) {
      await sql
        .raw(`drop trigger if exists ${triggerName(table, event)}${sqlite ? '' : ` on ${table}`}`)
        .execute(db);
    }
  }
  if (!sqlite) await sql`drop function if exists report_data_bump()`.execute(db);
  await db.schema.dropTable('report_data_version').execute();
}
