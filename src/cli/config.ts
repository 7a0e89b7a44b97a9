import { userInfo } from 'node:os';
import path from 'node:path';
import { DEFAULT_RETENTION, type RetentionPolicy } from '../domain/retention/policy.js';
import {
  MIN_AUDIT_KEY_LENGTH,
  openStore,
  type Store,
  StoreError,
  type WriteContext,
} from '../store/index.js';

export interface ParleyConfig {
  /** PostgreSQL URL from DATABASE_URL; undefined means the embedded SQLite store. */
  databaseUrl: string | undefined;
  /** Folder of the SQLite store (PARLEY_DATA_DIR, default ./data); the file in it is parley.sqlite. */
  dataDir: string;
  /** HTTP port (PORT, default 8080). */
  port: number;
  /** The audit key's secret (PARLEY_AUDIT_KEY); unset: the key file `audit.key` in the data folder. */
  auditKey: string | undefined;
  /** PostgreSQL connections per process (PARLEY_PG_POOL_SIZE, default 20). */
  poolSize: number | undefined;
  /**
   * Apply pending migrations when a server or command opens the database (PARLEY_AUTO_MIGRATE, default on).
   * Off (`0`): only `parley migrate` migrates, and everything else refuses a database that is behind.
   */
  autoMigrate: boolean;
  /** Bearer token of `GET /metrics` (PARLEY_METRICS_TOKEN); unset: metrics off. */
  metricsToken: string | undefined;
  /** Scheduled backups (PARLEY_BACKUP_DIR, PARLEY_BACKUP_EVERY_MINUTES, PARLEY_BACKUP_KEEP); unset: none. */
  backups: { dir: string; everyMs: number; keep: number } | undefined;
  /** Retention periods in days (PARLEY_RETAIN_UPLOADS_DAYS, _SESSIONS_DAYS, _SUPERSEDED_VERSIONS_DAYS). */
  retention: RetentionPolicy;
  /**
   * A reconciliation whose worker has been silent this long (PARLEY_RUN_STALE_SECONDS, default 30) is taken over
   * by another instance; undefined: the server's default.
   */
  runStaleAfterMs: number | undefined;
  /**
   * How many times a run whose worker went silent is taken over before it is failed instead
   * (PARLEY_RUN_MAX_TAKEOVERS, default 2); undefined: the server's default.
   */
  runMaxTakeovers: number | undefined;
  /**
   * The map's own tiles (PARLEY_MAP_TILES: a raster tile URL with {z}/{x}/{y}, or the URL of a .pmtiles file;
   * PARLEY_MAP_PMTILES_FILE: a .pmtiles file Parley serves itself); unset: the Natural Earth base layer only.
   */
  map: { tileUrl?: string; pmtilesFile?: string };
}

export const DEFAULT_BACKUP_EVERY_MINUTES = 24 * 60;
export const DEFAULT_BACKUP_KEEP = 7;

function readRetention(env: NodeJS.ProcessEnv): RetentionPolicy {
  const superseded = env.PARLEY_RETAIN_SUPERSEDED_VERSIONS_DAYS?.trim();
  return {
    uploadsDays: positiveWhole(env, 'PARLEY_RETAIN_UPLOADS_DAYS', DEFAULT_RETENTION.uploadsDays),
    sessionsDays: positiveWhole(env, 'PARLEY_RETAIN_SESSIONS_DAYS', DEFAULT_RETENTION.sessionsDays),
    supersededListVersionsDays: superseded
      ? positiveWhole(env, 'PARLEY_RETAIN_SUPERSEDED_VERSIONS_DAYS', 0)
      : DEFAULT_RETENTION.supersededListVersionsDays,
  };
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string): number {
  const text = env[name]?.trim() ?? '';
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0)
    throw new ConfigError(`${name} must be a whole number of at least 0, not "${text}"`);
  return value;
}

function positiveWhole(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new ConfigError(`${name} must be a whole number of at least 1, not "${text}"`);
  return value;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_DATA_DIR = './data';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Reads the configuration from the environment; a bad value is a ConfigError with a one-line message. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ParleyConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//i.test(databaseUrl)) {
    throw new ConfigError(
      'DATABASE_URL must start with postgres:// or postgresql:// (unset it to use SQLite)',
    );
  }
  const portText = env.PORT?.trim();
  const port = portText ? Number(portText) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, not "${portText}"`);
  }
  const autoMigrateText = env.PARLEY_AUTO_MIGRATE?.trim() || '1';
  if (autoMigrateText !== '0' && autoMigrateText !== '1') {
    throw new ConfigError(
      `PARLEY_AUTO_MIGRATE must be 1 (migrate on start) or 0 (only \`parley migrate\`), not "${autoMigrateText}"`,
    );
  }
  const metricsToken = env.PARLEY_METRICS_TOKEN?.trim() || undefined;
  if (metricsToken !== undefined && metricsToken.length < 16) {
    throw new ConfigError('PARLEY_METRICS_TOKEN must be at least 16 characters long');
  }
  const backupDir = env.PARLEY_BACKUP_DIR?.trim();
  const backups = backupDir
    ? {
        dir: path.resolve(backupDir),
        everyMs: positiveWhole(env, 'PARLEY_BACKUP_EVERY_MINUTES', DEFAULT_BACKUP_EVERY_MINUTES) * 60_000,
        keep: positiveWhole(env, 'PARLEY_BACKUP_KEEP', DEFAULT_BACKUP_KEEP),
      }
    : undefined;
  const auditKey = env.PARLEY_AUDIT_KEY?.trim() || undefined;
  if (auditKey !== undefined && auditKey.length < MIN_AUDIT_KEY_LENGTH) {
    throw new ConfigError(`PARLEY_AUDIT_KEY must be at least ${MIN_AUDIT_KEY_LENGTH} characters long`);
  }
  return {
    databaseUrl,
    dataDir: path.resolve(env.PARLEY_DATA_DIR?.trim() || DEFAULT_DATA_DIR),
    port,
    auditKey,
    poolSize: env.PARLEY_PG_POOL_SIZE?.trim() ? positiveWhole(env, 'PARLEY_PG_POOL_SIZE', 0) : undefined,
    autoMigrate: autoMigrateText === '1',
    metricsToken,
    backups,
    retention: readRetention(env),
    map: readMapTiles(env),
    runStaleAfterMs: env.PARLEY_RUN_STALE_SECONDS?.trim()
      ? positiveWhole(env, 'PARLEY_RUN_STALE_SECONDS', 0) * 1000
      : undefined,
    runMaxTakeovers: env.PARLEY_RUN_MAX_TAKEOVERS?.trim()
      ? wholeNumber(env, 'PARLEY_RUN_MAX_TAKEOVERS')
      : undefined,
  };
}

function readMapTiles(env: NodeJS.ProcessEnv): { tileUrl?: string; pmtilesFile?: string } {
  const tileUrl = env.PARLEY_MAP_TILES?.trim() || undefined;
  if (tileUrl !== undefined && !/^https?:\/\/|^\//.test(tileUrl))
    throw new ConfigError('PARLEY_MAP_TILES must be an http(s) URL or a path on this server');
  if (
    tileUrl !== undefined &&
    !tileUrl.includes('{z}') &&
    !/\.pmtiles$/i.test(new URL(tileUrl, 'http://x').pathname)
  )
    throw new ConfigError('PARLEY_MAP_TILES must hold {z}, {x} and {y}, or end in .pmtiles');
  const pmtilesFile = env.PARLEY_MAP_PMTILES_FILE?.trim();
  return {
    ...(tileUrl ? { tileUrl } : {}),
    ...(pmtilesFile ? { pmtilesFile: path.resolve(pmtilesFile) } : {}),
  };
}

/** Where the configured store is and how to open it. */
export function storeTarget(config: ParleyConfig) {
  return {
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    auditKey: config.auditKey,
    poolSize: config.poolSize,
  };
}

/**
 * Runs a store command the CLI way: reads the configuration, opens (and migrates) the store, closes it
 * afterwards, and turns any failure into one line on stderr and exit code 1, never a stack trace.
 */
export async function withConfiguredStore(
  command: string,
  fn: (store: Store) => Promise<void>,
  opts: { migrate?: boolean } = {},
): Promise<void> {
  let store: Store | undefined;
  try {
    const config = readConfig();
    store = await openStore({
      ...storeTarget(config),
      migrate: opts.migrate ?? config.autoMigrate,
      requireCurrentSchema: opts.migrate === undefined && !config.autoMigrate,
    });
    await fn(store);
  } catch (error) {
    console.error(`parley ${command}: ${describeFailure(error)}`);
    process.exitCode = 1;
  } finally {
    await store?.close().catch(() => {});
  }
}

export function describeFailure(error: unknown): string {
  if (error instanceof StoreError && error.fields.length > 0) {
    return `${error.message}: ${error.fields.map((f) => `${f.path} ${f.message}`).join('; ')}`;
  }
  if (error instanceof Error) return error.message.split('\n')[0];
  return String(error);
}

/** CLI writes are audited under the operating-system account that ran them. */
export function cliContext(): WriteContext {
  let username = 'cli';
  try {
    username = userInfo().username || 'cli';
  } catch {
    // No passwd entry for this uid (some containers): keep the generic name.
  }
  return { actor: { userId: null, username, via: 'cli' } };
}
