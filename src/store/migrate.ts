import { type Kysely, type Migration, type MigrationResult, Migrator, sql } from 'kysely';
import type { DialectInfo } from './dialect.js';
import { StoreUnavailableError } from './errors.js';
import { migrationProvider } from './migrations/index.js';

export interface MigrationOutcome {
  applied: string[];
}

/** A store whose schema cannot be brought up to date cannot be opened: hence a StoreUnavailableError. */
export class MigrationFailedError extends StoreUnavailableError {
  constructor(migration: string | undefined, cause: unknown) {
    const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    super(`Migration ${migration ?? '(unknown)'} failed, the database is left as it was: ${reason}`);
    this.name = 'MigrationFailedError';
  }
}

/**
 * Brings the schema to the latest migration, all or nothing. On PostgreSQL the Migrator runs every pending
 * migration in one transaction (transactional DDL). On SQLite it does not, so the whole run is wrapped in
 * one here: better-sqlite3 keeps a single connection, so BEGIN and COMMIT issued around the Migrator enclose
 * every statement it makes, and SQLite's DDL rolls back like any other write.
 * `extra` adds migrations after the bundled ones (tests use it to check that a failing one changes nothing).
 */
export async function migrateToLatest(
  // biome-ignore lint/suspicious/noExplicitAny: the migrator works on any schema
  db: Kysely<any>,
  dialect: DialectInfo,
  extra: Record<string, Migration> = {},
): Promise<MigrationOutcome> {
  const migrator = new Migrator({ db, provider: migrationProvider(extra) });
  const wrapHere = dialect.name === 'sqlite';
  if (wrapHere) await sql`begin immediate`.execute(db);
  let error: unknown;
  let results: MigrationResult[] | undefined;
  try {
    ({ error, results } = await migrator.migrateToLatest());
  } catch (thrown) {
    error = thrown;
  }
  if (error !== undefined) {
    if (wrapHere) await sql`rollback`.execute(db);
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new MigrationFailedError(failed, error);
  }
  if (wrapHere) await sql`commit`.execute(db);
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
