import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'kysely';
import { createDb, STORE_FILE_NAME } from '../db.js';
import type { Store } from '../store.js';
import {
  ARCHIVE_EXTENSION,
  ARCHIVE_FORMAT_VERSION,
  type BackupManifest,
  HEADER_LENGTH,
  headerLine,
  type PayloadKind,
} from './archive.js';
import { pgDump } from './postgres-tools.js';
import { readSnapshotFacts, type SnapshotFacts } from './snapshot-facts.js';

/** The place a backup was to be written cannot take it: bad input, nothing was written. */
export class BackupTargetError extends Error {
  constructor(
    readonly target: string,
    detail: string,
  ) {
    super(`${target}: ${detail}`);
    this.name = 'BackupTargetError';
  }
}

export interface BackupResult {
  file: string;
  bytes: number;
  manifest: BackupManifest;
}

/** `parley-<dialect>-20261203T080000.000Z.parley-backup`: sorts by time, says what it holds. */
export function backupFileName(dialect: string, at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '');
  return `parley-${dialect}-${stamp}${ARCHIVE_EXTENSION}`;
}

/**
 * Writes a consistent snapshot of the store's database to `outFile` while the store goes on serving writes:
 * SQLite through its online backup API, PostgreSQL through pg_dump on an exported snapshot. The manifest's
 * facts (row counts, schema version, audit chain head and verdict) are read in that same snapshot.
 * The file appears whole or not at all; an existing file is never overwritten.
 */
export async function createBackup(
  store: Store,
  outFile: string,
  now: Date = new Date(),
): Promise<BackupResult> {
  const out = path.resolve(outFile);
  if (existsSync(out)) throw new BackupTargetError(out, 'already exists; a backup never overwrites a file');
  const dir = path.dirname(out);
  let work: string;
  try {
    work = await mkdtemp(path.join(dir, '.parley-backup-'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new BackupTargetError(dir, `cannot write a backup in this folder (${code})`);
  }
  try {
    const payloadFile = path.join(work, 'payload.gz');
    let facts: SnapshotFacts;
    let kind: PayloadKind;
    if (store.native.dialect === 'sqlite') {
      facts = await snapshotSqlite(store, work, payloadFile);
      kind = 'sqlite-database+gzip';
    } else {
      facts = await snapshotPostgres(store, store.native.url, payloadFile);
      kind = 'pg_dump-plain+gzip';
    }
    const manifest: BackupManifest = {
      format: 'parley-backup',
      formatVersion: ARCHIVE_FORMAT_VERSION,
      createdAt: now.toISOString(),
      dialect: store.dialect.name,
      schema: { version: facts.migrations.at(-1) ?? null, migrations: facts.migrations },
      audit: { head: facts.auditHead, verdict: facts.auditVerdict },
      tables: facts.tables,
      payload: { kind, bytes: (await stat(payloadFile)).size },
    };
    const partial = path.join(work, 'archive.partial');
    await assemble(partial, manifest, payloadFile);
    const bytes = (await stat(partial)).size;
    await rename(partial, out);
    return { file: out, bytes, manifest };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Pages per step of SQLite's backup. A write through another connection (the server, while the CLI backs up)
 * restarts the copy at its next step; once that is seen, the rest goes in one step under one read lock, which
 * in WAL mode does not hold writers up.
 */
function backupSteps(pagesPerStep = 1000) {
  let lastRemaining = Number.POSITIVE_INFINITY;
  return ({ totalPages, remainingPages }: { totalPages: number; remainingPages: number }): number => {
    const restarted = remainingPages > lastRemaining;
    lastRemaining = remainingPages;
    return restarted ? totalPages : pagesPerStep;
  };
}

async function snapshotSqlite(store: Store, work: string, payloadFile: string): Promise<SnapshotFacts> {
  if (store.native.dialect !== 'sqlite') throw new Error('not a SQLite store');
  const copy = path.join(work, STORE_FILE_NAME);
  await store.native.database.backup(copy, { progress: backupSteps() });
  // Opened bare (not through openStore): a backup is taken whatever the schema's version.
  const snapshot = await createDb({ dataDir: work, auditKeys: store.dialect.auditKeys });
  let facts: SnapshotFacts;
  try {
    facts = await readSnapshotFacts(snapshot.db, snapshot.dialect);
  } finally {
    await snapshot.db.destroy();
  }
  await pipeline(createReadStream(copy), createGzip(), createWriteStream(payloadFile));
  return facts;
}

async function snapshotPostgres(store: Store, url: string, payloadFile: string): Promise<SnapshotFacts> {
  return store.db.connection().execute(async (conn) => {
    await sql`start transaction isolation level repeatable read, read only`.execute(conn);
    try {
      const exported = await sql<{ id: string }>`select pg_export_snapshot() as id`.execute(conn);
      const gzip = createGzip();
      const written = pipeline(gzip, createWriteStream(payloadFile));
      const [facts] = await Promise.all([
        readSnapshotFacts(conn, store.dialect),
        pgDump(url, exported.rows[0].id, gzip),
        written,
      ]);
      return facts;
    } finally {
      await sql`rollback`.execute(conn);
    }
  });
}

/** Header placeholder, manifest line, payload; then the header with the checksum of all that follows it. */
async function assemble(file: string, manifest: BackupManifest, payloadFile: string): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    const hash = createHash('sha256');
    const manifestLine = Buffer.from(`${JSON.stringify(manifest)}\n`, 'utf8');
    await handle.write(Buffer.alloc(HEADER_LENGTH, 0x20), 0, HEADER_LENGTH, 0);
    await handle.write(manifestLine, 0, manifestLine.length, HEADER_LENGTH);
    hash.update(manifestLine);
    let position = HEADER_LENGTH + manifestLine.length;
    for await (const chunk of createReadStream(payloadFile)) {
      const bytes = chunk as Buffer;
      hash.update(bytes);
      await handle.write(bytes, 0, bytes.length, position);
      position += bytes.length;
    }
    const header = Buffer.from(headerLine(hash.digest('hex')), 'latin1');
    await handle.write(header, 0, header.length, 0);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
