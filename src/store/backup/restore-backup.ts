import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import SqliteDatabase from 'better-sqlite3';
import { createDb, type DbTarget, isPostgresUrl, STORE_FILE_NAME } from '../db.js';
import type { DialectName } from '../dialect.js';
import { compareSchema } from '../schema-version.js';
import { ArchiveError, type BackupManifest, openArchive } from './archive.js';
import { psqlInOneTransaction } from './postgres-tools.js';
import {
  countRows,
  differences,
  listDataTables,
  readSnapshotFacts,
  type SnapshotFacts,
} from './snapshot-facts.js';

/** The archive cannot go into this database as asked: bad input, nothing was changed. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

export interface RestoreOptions {
  /** Replace the content of a database that is not empty. */
  force?: boolean;
}

export interface RestoreResult {
  manifest: BackupManifest;
  /** The restored database's facts, equal to the archive's. */
  facts: SnapshotFacts;
  /** Rows the database had before (what --force replaced). */
  replaced: Record<string, number>;
}

/** Reads and checks an archive without touching any database (checksum, format, schema version). */
export async function inspectArchive(
  file: string,
): Promise<{ manifest: BackupManifest; payloadOffset: number }> {
  const opened = await openArchive(file);
  const schema = compareSchema(opened.manifest.schema.migrations);
  if (schema.unknown.length > 0) {
    const newest = schema.unknown.at(-1);
    throw new ArchiveError(
      file,
      `comes from a newer Parley: its schema is at ${newest}, which this version does not know ` +
        `(this version goes up to ${schema.latestKnown}); restore it with a Parley whose migrations include ${newest}`,
    );
  }
  return opened;
}

/**
 * Restores an archive into the configured database: checks it whole first (checksum, schema not newer than
 * this code, same dialect, database empty unless `force`), then replaces the content in one step (SQLite's
 * backup API into the database file; one psql transaction on PostgreSQL), then checks that the restored
 * database has the archive's row counts, migrations and audit chain head, and that its chain verifies.
 * Stop every Parley server on the database first.
 */
export async function restoreBackup(
  target: DbTarget,
  archiveFile: string,
  opts: RestoreOptions = {},
): Promise<RestoreResult> {
  const { manifest, payloadOffset } = await inspectArchive(archiveFile);
  const targetDialect: DialectName = isPostgresUrl(target.databaseUrl) ? 'postgres' : 'sqlite';
  if (manifest.dialect !== targetDialect) {
    throw new RestoreRefusedError(
      `${archiveFile} is a ${manifest.dialect} backup and the configured database is ${targetDialect}; ` +
        `restore it into a ${manifest.dialect} database (DATABASE_URL ${manifest.dialect === 'postgres' ? 'set' : 'unset'})`,
    );
  }
  const replaced = await existingRows(target);
  const total = Object.values(replaced).reduce((sum, n) => sum + n, 0);
  if (total > 0 && !opts.force) {
    const some = Object.entries(replaced)
      .filter(([, n]) => n > 0)
      .slice(0, 3)
      .map(([table, n]) => `${table} ${n}`)
      .join(', ');
    throw new RestoreRefusedError(
      `the configured database is not empty (${total} rows: ${some}, …); restoring would replace its content. ` +
        'Add --force to replace it.',
    );
  }
  const payload = () => createReadStream(archiveFile, { start: payloadOffset }).pipe(createGunzip());
  if (targetDialect === 'sqlite') await restoreSqlite(target, payload());
  else await restorePostgres(target.databaseUrl ?? '', payload());

  const restored = await createDb(target);
  let facts: SnapshotFacts;
  try {
    facts = await readSnapshotFacts(restored.db, restored.dialect);
  } finally {
    await restored.db.destroy();
  }
  const expected: SnapshotFacts = {
    migrations: manifest.schema.migrations,
    tables: manifest.tables,
    auditHead: manifest.audit.head,
    auditVerdict: manifest.audit.verdict,
  };
  const found = differences(expected, facts);
  if (found.length > 0)
    throw new Error(`the restored database does not match the archive: ${found.join('; ')}`);
  return { manifest, facts, replaced };
}

/** Rows per table in the target database now; nothing is created for a SQLite file that does not exist. */
async function existingRows(target: DbTarget): Promise<Record<string, number>> {
  if (!isPostgresUrl(target.databaseUrl)) {
    const file = path.join(path.resolve(target.dataDir ?? './data'), STORE_FILE_NAME);
    if (!existsSync(file)) return {};
  }
  const { db } = await createDb(target);
  try {
    return await countRows(db, await listDataTables(db));
  } finally {
    await db.destroy();
  }
}

/** Unpacks the snapshot next to the database file, then copies it in with SQLite's backup API, in one step. */
async function restoreSqlite(target: DbTarget, payload: Readable): Promise<void> {
  const dataDir = path.resolve(target.dataDir ?? './data');
  await mkdir(dataDir, { recursive: true });
  const work = await mkdtemp(path.join(dataDir, '.parley-restore-'));
  try {
    const staged = path.join(work, STORE_FILE_NAME);
    await pipeline(payload, createWriteStream(staged));
    const source = new SqliteDatabase(staged, { readonly: true, fileMustExist: true });
    try {
      const check = source.pragma('integrity_check', { simple: true });
      if (check !== 'ok')
        throw new Error(`the archive's database does not pass SQLite's integrity check: ${String(check)}`);
      await source.backup(path.join(dataDir, STORE_FILE_NAME), { progress: ({ totalPages }) => totalPages });
    } finally {
      source.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Drops what the database holds and loads the dump, all in one transaction: it commits whole or not at all. */
async function restorePostgres(url: string, payload: Readable): Promise<void> {
  const script = Readable.from(
    (async function* () {
      // A server still connected holds locks: fail after a while (and change nothing) rather than wait for ever.
      yield "set lock_timeout = '15s';\n";
      yield 'drop schema if exists pgboss cascade;\ndrop schema if exists public cascade;\ncreate schema public;\n';
      for await (const chunk of payload) yield chunk as Buffer;
    })(),
  );
  await psqlInOneTransaction(url, script);
}
