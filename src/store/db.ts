import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  sql,
} from 'kysely';
import pg from 'pg';
import { type AuditKeys, deriveAuditKeys } from '../domain/audit/audit-keys.js';
import { readAuditSecret } from './audit/audit-key-file.js';
import type { Database } from './database.js';
import type { DialectInfo } from './dialect.js';
import { StoreUnavailableError } from './errors.js';

export const STORE_FILE_NAME = 'parley.sqlite';

/**
 * Starts every transaction with BEGIN IMMEDIATE. A deferred transaction that reads (the audit chain's head)
 * and then writes fails with "database is locked" when another process (say `parley user add` next to a
 * running server) wrote in between; an immediate one waits its turn (busy_timeout) instead.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/**
 * The driver under Kysely, for the store's operations tools (backup, pool metrics); repositories never use it.
 * `url` carries credentials: it is passed to PostgreSQL's own tools, never printed.
 */
export type NativeConnection =
  | { dialect: 'sqlite'; database: SqliteDatabase.Database; file: string }
  | { dialect: 'postgres'; pool: pg.Pool; url: string };

export interface DbTarget {
  databaseUrl?: string;
  dataDir?: string;
  /** PostgreSQL connections this process may hold at once (PARLEY_PG_POOL_SIZE). */
  poolSize?: number;
  /** The audit key's secret (PARLEY_AUDIT_KEY); unset: the key file in `dataDir`, made on first use. */
  auditKey?: string;
  /** Keys already derived (a backup's snapshot is checked with its live store's keys). */
  auditKeys?: AuditKeys;
}

function auditKeysOf(target: DbTarget): AuditKeys {
  if (target.auditKeys) return target.auditKeys;
  try {
    return deriveAuditKeys(readAuditSecret(target));
  } catch (error) {
    throw new StoreUnavailableError(`Cannot read the audit key: ${oneLine(error)}`);
  }
}

/** Enough for a busy instance; several instances together must stay under the server's max_connections. */
export const DEFAULT_PG_POOL_SIZE = 20;

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}

/** host:port/database of a PostgreSQL URL, never its password. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'the configured PostgreSQL database';
  }
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const first = text.split('\n')[0].trim();
  if (typeof code === 'string' && !first.includes(code)) return `${first || code} (${code})`;
  return first || 'unknown error';
}

/**
 * Creates a folder and its missing parents one level at a time: Node 20's recursive mkdirSync loops forever
 * on some unwritable trees (e.g. under /proc) instead of failing.
 */
function ensureDir(dir: string): void {
  const missing: string[] = [];
  for (let current = dir; !existsSync(current); current = path.dirname(current)) {
    missing.unshift(current);
    if (path.dirname(current) === current) break;
  }
  for (const folder of missing) mkdirSync(folder);
}

/** Opens the database and checks that it answers; any failure becomes one line for the operator. */
export async function createDb(
  target: DbTarget,
): Promise<{ db: Kysely<Database>; dialect: DialectInfo; native: NativeConnection }> {
  if (target.databaseUrl && !isPostgresUrl(target.databaseUrl)) {
    throw new StoreUnavailableError(
      'DATABASE_URL must start with postgres:// or postgresql:// (leave it unset to use SQLite)',
    );
  }
  if (isPostgresUrl(target.databaseUrl)) {
    const location = describePostgresUrl(target.databaseUrl);
    const pool = new pg.Pool({
      connectionString: target.databaseUrl,
      max: target.poolSize ?? DEFAULT_PG_POOL_SIZE,
      connectionTimeoutMillis: 5000,
    });
    // An idle client that loses its server must not crash the process.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    try {
      await sql`select 1`.execute(db);
    } catch (error) {
      await db.destroy().catch(() => {});
      throw new StoreUnavailableError(`Cannot reach PostgreSQL at ${location}: ${oneLine(error)}`);
    }
    const auditKeys = auditKeysOf(target);
    return {
      db,
      dialect: { name: 'postgres', location, serialisesWithAdvisoryLock: true, auditKeys },
      native: { dialect: 'postgres', pool, url: target.databaseUrl },
    };
  }

  const dataDir = path.resolve(target.dataDir ?? './data');
  const file = path.join(dataDir, STORE_FILE_NAME);
  let sqlite: SqliteDatabase.Database;
  try {
    ensureDir(dataDir);
    sqlite = new SqliteDatabase(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // WAL with synchronous=NORMAL loses no committed transaction on a process crash (only, at worst, the last
    // ones on a power cut) and spares an fsync per commit; a larger page cache and memory-mapped reads serve the
    // read routes from memory once warm.
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('cache_size = -65536');
    sqlite.pragma('mmap_size = 268435456');
    sqlite.pragma('temp_store = MEMORY');
    // SQLite's lower() folds ASCII only: searches by name (Cyrillic, Armenian, Azerbaijani Latin) use this one.
    sqlite.function('unicode_lower', { deterministic: true }, (value: unknown) =>
      typeof value === 'string' ? value.toLowerCase() : value,
    );
    sqlite.prepare('select 1').get();
  } catch (error) {
    throw new StoreUnavailableError(`Cannot open the SQLite store at ${file}: ${oneLine(error)}`);
  }
  const auditKeys = auditKeysOf(target);
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  return {
    db,
    dialect: { name: 'sqlite', location: file, serialisesWithAdvisoryLock: false, auditKeys },
    native: { dialect: 'sqlite', database: sqlite, file },
  };
}
