import { sql } from 'kysely';
import { createDb } from './db.js';
import type { DialectInfo } from './dialect.js';
import { migrateToLatest } from './migrate.js';
import { createRepositories, type Repositories } from './repositories.js';
import type { Db } from './transaction.js';

export interface Store {
  dialect: DialectInfo;
  repos: Repositories;
  /** Runs `fn` in one transaction: every write made through the given repositories commits or none does. */
  transaction<T>(fn: (repos: Repositories) => Promise<T>): Promise<T>;
  /** One round trip to the database. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** The Kysely instance, for the store's own tests and tools; other layers use `repos`. */
  readonly db: Db;
}

export interface OpenStoreOptions {
  /** postgres:// or postgresql:// for PostgreSQL; unset for the SQLite file in `dataDir`. */
  databaseUrl?: string;
  /** Folder of the SQLite file (default `./data`). */
  dataDir?: string;
  /** Bring the schema up to date on open (default true). */
  migrate?: boolean;
}

export async function openStore(opts: OpenStoreOptions = {}): Promise<Store> {
  const { db, dialect } = await createDb(opts);
  try {
    if (opts.migrate !== false) await migrateToLatest(db, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  let closed = false;
  return {
    dialect,
    db,
    repos: createRepositories(db, dialect),
    transaction: (fn) => db.transaction().execute((trx) => fn(createRepositories(trx, dialect))),
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}
