import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { AuditChainVerdict } from '../../domain/audit/types.js';
import type { DialectName } from '../dialect.js';

/**
 * A Parley backup archive is one file:
 *
 *     PARLEY-BACKUP 1 sha256=<64 hex digits>\n     the header line, fixed length
 *     <manifest as one line of JSON>\n
 *     <payload: the database snapshot, gzip-compressed>
 *
 * The checksum in the header covers every byte after the header line (manifest and payload), so a damaged
 * archive is refused before anything reads its payload.
 */
export const ARCHIVE_MAGIC = 'PARLEY-BACKUP';
export const ARCHIVE_FORMAT_VERSION = 1;
export const ARCHIVE_EXTENSION = '.parley-backup';
const HEADER_PREFIX = `${ARCHIVE_MAGIC} ${ARCHIVE_FORMAT_VERSION} sha256=`;
export const HEADER_LENGTH = HEADER_PREFIX.length + 64 + 1;
/** A manifest is a few kilobytes; anything much longer is not one. */
const MANIFEST_MAX_BYTES = 1024 * 1024;

export type PayloadKind = 'sqlite-database+gzip' | 'pg_dump-plain+gzip';

export interface BackupManifest {
  format: 'parley-backup';
  formatVersion: number;
  createdAt: string;
  dialect: DialectName;
  /** The migrations the snapshot had; the last one is its schema version. */
  schema: { version: string | null; migrations: string[] };
  /** The last entry of the audit chain in the snapshot, and the chain's verification when it was taken. */
  audit: { head: { seq: number; hash: string } | null; verdict: AuditChainVerdict };
  /** Rows of each table in the snapshot. */
  tables: Record<string, number>;
  payload: { kind: PayloadKind; bytes: number };
}

/** The file is not a Parley archive, or is one that is damaged: bad input, nothing was changed. */
export class ArchiveError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'ArchiveError';
  }
}

export function headerLine(sha256: string): string {
  return `${HEADER_PREFIX}${sha256}\n`;
}

export interface OpenedArchive {
  manifest: BackupManifest;
  /** Byte offset of the payload in the file. */
  payloadOffset: number;
}

/** Reads the header and manifest, checks the checksum over the rest of the file, and returns the manifest. */
export async function openArchive(file: string): Promise<OpenedArchive> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new ArchiveError(
      file,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  let head: Buffer;
  let size: number;
  try {
    size = (await handle.stat()).size;
    head = Buffer.alloc(Math.min(size, HEADER_LENGTH + MANIFEST_MAX_BYTES));
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  const header = head.subarray(0, HEADER_LENGTH).toString('latin1');
  if (!header.startsWith(`${ARCHIVE_MAGIC} `)) throw new ArchiveError(file, 'is not a Parley backup archive');
  const match = /^PARLEY-BACKUP (\d+) sha256=([0-9a-f]{64})\n$/.exec(header);
  if (!match)
    throw new ArchiveError(file, 'is a damaged Parley backup archive (its header line is unreadable)');
  if (Number(match[1]) !== ARCHIVE_FORMAT_VERSION) {
    throw new ArchiveError(
      file,
      `is a Parley backup archive of format ${match[1]}; this Parley reads format ${ARCHIVE_FORMAT_VERSION}`,
    );
  }
  const actual = await sha256Of(file, HEADER_LENGTH);
  if (actual !== match[2]) {
    throw new ArchiveError(file, 'is damaged: its checksum does not match its content; it was not restored');
  }
  const end = head.indexOf(0x0a, HEADER_LENGTH);
  if (end < 0) throw new ArchiveError(file, 'is damaged: its manifest has no end');
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(head.subarray(HEADER_LENGTH, end).toString('utf8')) as BackupManifest;
  } catch {
    throw new ArchiveError(file, 'is damaged: its manifest is not JSON');
  }
  if (manifest.format !== 'parley-backup' || !Array.isArray(manifest.schema?.migrations)) {
    throw new ArchiveError(file, 'is damaged: its manifest lacks the schema version');
  }
  const payloadOffset = end + 1;
  if (size - payloadOffset !== manifest.payload?.bytes) {
    throw new ArchiveError(
      file,
      `is damaged: its payload has ${size - payloadOffset} bytes, not ${manifest.payload?.bytes}`,
    );
  }
  return { manifest, payloadOffset };
}

async function sha256Of(file: string, start: number): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { start })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
