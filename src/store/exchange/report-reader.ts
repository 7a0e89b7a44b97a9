import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { PartyScope } from '../../domain/access/types.js';
import type { DiscrepancyInput, DiscrepancyReport } from '../../domain/exchange/discrepancy-report.js';
import type { Database } from '../database.js';
import type { NativeConnection } from '../db.js';
import type { Db } from '../transaction.js';
import {
  liveReportSelection,
  publishedReportBody,
  publishedReportHead,
  type ReportSelection,
  reportDataVersion,
  runReportSelection,
  selectionInputs,
} from './report.repository.js';

/** Where a report reader finds the store: the SQLite file, or the PostgreSQL URL (carries credentials: never print). */
export type ReportReaderTarget = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

export const reportReaderTarget = (native: NativeConnection): ReportReaderTarget =>
  native.dialect === 'sqlite'
    ? { dialect: 'sqlite', file: native.file }
    : { dialect: 'postgres', url: native.url };

/** What a report reader reads, all within one snapshot of the store (see the report repository). */
export interface ReportReads {
  dataVersion(): Promise<string>;
  liveSelection(scope: PartyScope, asOf: string): Promise<ReportSelection | null>;
  runSelection(scope: PartyScope, runId: string): Promise<ReportSelection | null>;
  inputs(selection: ReportSelection): Promise<DiscrepancyInput>;
  publishedHead(
    asOf?: string,
  ): Promise<{ id: string; asOf: string; publishedAt: string; publishedBy: string } | null>;
  publishedBody(id: string): Promise<DiscrepancyReport | null>;
}

export interface ReportReader {
  /** Runs `fn` in one read-only snapshot: the data version and the rows it reads are of one moment. */
  read<T>(fn: (reads: ReportReads) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const readsOf = (trx: Db): ReportReads => ({
  dataVersion: () => reportDataVersion(trx),
  liveSelection: (scope, asOf) => liveReportSelection(trx, scope, asOf),
  runSelection: (scope, runId) => runReportSelection(trx, scope, runId),
  inputs: (selection) => selectionInputs(trx, selection),
  publishedHead: (asOf) => publishedReportHead(trx, asOf),
  publishedBody: (id) => publishedReportBody(trx, id),
});

/**
 * A read-only connection of its own to the store, for a worker thread that computes reports: its reads never run on
 * the server's event loop nor hold the server's connection. SQLite: a read-only handle on the same file (WAL lets it
 * read while the server writes). PostgreSQL: one connection, each read a repeatable-read, read-only transaction.
 */
export function openReportReader(target: ReportReaderTarget): ReportReader {
  if (target.dialect === 'sqlite') {
    const database = new SqliteDatabase(target.file, { readonly: true, fileMustExist: true });
    database.pragma('busy_timeout = 5000');
    database.pragma('cache_size = -65536');
    database.pragma('mmap_size = 268435456');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
    return {
      read: (fn) => db.transaction().execute((trx) => fn(readsOf(trx))),
      close: () => db.destroy(),
    };
  }
  const pool = new pg.Pool({ connectionString: target.url, max: 1, connectionTimeoutMillis: 5000 });
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    read: (fn) =>
      db
        .transaction()
        .setIsolationLevel('repeatable read')
        .setAccessMode('read only')
        .execute((trx) => fn(readsOf(trx))),
    close: () => db.destroy(),
  };
}
