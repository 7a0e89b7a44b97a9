import { sql } from 'kysely';
import { createDb, type DbTarget, type NativeConnection } from './db.js';
import type { DialectInfo } from './dialect.js';
import { fillNamesInScripts } from './exchange/person-names.js';
import { migrateToLatest } from './migrate.js';
import { createRepositories, type Repositories } from './repositories.js';
import { assertNotNewer, readSchemaState, SchemaBehindError, type SchemaState } from './schema-version.js';
import type { Db } from './transaction.js';

export interface Store {
  dialect: DialectInfo;
  repos: Repositories;
  /** Runs `fn` in one transaction: every write made through the given repositories commits or none does. */
  transaction<T>(fn: (repos: Repositories) => Promise<T>): Promise<T>;
  /** One round trip to the database. */
  ping(): Promise<void>;
  /** Where the schema stands against this code's migrations (readiness). */
  schemaState(): Promise<SchemaState>;
  /** Connections of the PostgreSQL pool in use, idle, and callers waiting for one; null on SQLite (one connection). */
  poolUse(): PoolUse | null;
  close(): Promise<void>;
  /** The Kysely instance, for the store's own tests and tools; other layers use `repos`. */
  readonly db: Db;
  /** The driver under Kysely, for the store's operations tools (backup, pool metrics). */
  readonly native: NativeConnection;
}

export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

export interface OpenStoreOptions extends DbTarget {
  /** postgres:// or postgresql:// for PostgreSQL; unset for the SQLite file in `dataDir`. */
  databaseUrl?: string;
  /** Folder of the SQLite file (default `./data`). */
  dataDir?: string;
  /** Bring the schema up to date on open (default true). */
  migrate?: boolean;
  /** Without `migrate`: refuse a database that still has migrations to apply (SchemaBehindError). */
  requireCurrentSchema?: boolean;
}

export async function openStore(opts: OpenStoreOptions = {}): Promise<Store> {
  const { db, dialect, native } = await createDb(opts);
  try {
    // A schema made by a newer Parley is refused before anything runs on it (SchemaNewerError).
    const schema = await readSchemaState(db);
    assertNotNewer(schema);
    if (opts.migrate !== false) {
      await migrateToLatest(db, dialect);
      // Entries from before the keyed chain are anchored by a signed checkpoint as soon as the chain is keyed.
      await createRepositories(db, dialect).audit.anchorLegacyEntries();
      // Persons written before their names in each script were stored get them now (once).
      await fillNamesInScripts(db);
    } else if (opts.requireCurrentSchema && schema.pending.length > 0) throw new SchemaBehindError(schema);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  let closed = false;
  return {
    dialect,
    db,
    native,
    repos: createRepositories(db, dialect),
    transaction: (fn) => db.transaction().execute((trx) => fn(createRepositories(trx, dialect))),
    async ping() {
      await sql`select 1`.execute(db);
    },
    schemaState: () => readSchemaState(db),
    poolUse() {
      if (native.dialect !== 'postgres') return null;
      const { pool } = native;
      return {
        total: pool.totalCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
        max: pool.options.max ?? 10,
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}
