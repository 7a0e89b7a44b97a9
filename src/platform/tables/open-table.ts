import { createReadStream } from 'node:fs';
import { textEncodingOf } from './decode-text.js';
import { NO_TABLE_LIMITS, type TableLimits } from './limits.js';
import { openCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import type { Table, TableRow, TableStream } from './types.js';
import { UnreadableFileError } from './unreadable-file-error.js';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** The first `count` bytes of a stream, and the whole stream again from its start. */
async function peek(
  chunks: AsyncIterable<Uint8Array>,
  count: number,
): Promise<{ head: Uint8Array; all: AsyncIterable<Uint8Array> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < count) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    seen.push(next.value);
    length += next.value.length;
  }
  async function* all(): AsyncGenerator<Uint8Array> {
    yield* seen;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head: Buffer.concat(seen).subarray(0, count), all: all() };
}

async function* eachOf<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/**
 * Opens a list by its content, whatever its name says: an XLSX workbook (first sheet) or a CSV in UTF-8 or UTF-16
 * with its byte order mark (comma, semicolon or tab). Both are read as their bytes come, within `limits` (checked
 * while reading: a workbook's parts as they inflate); a workbook's rows are handed out once its sheet is read.
 */
export async function openTable(
  fileName: string,
  chunks: AsyncIterable<Uint8Array>,
  limits: TableLimits = NO_TABLE_LIMITS,
): Promise<TableStream> {
  const { head, all } = await peek(chunks, ZIP_MAGIC.length);
  if (head.length === 0) throw new UnreadableFileError('empty-file', 'the file is empty', { row: 1 });
  if (ZIP_MAGIC.every((byte, i) => head[i] === byte)) {
    const table = await readXlsx(all, limits);
    return { format: table.format, headers: table.headers, rows: eachOf(table.rows) };
  }
  if (/\.xlsx$/i.test(fileName)) {
    throw new UnreadableFileError('file-type', 'the file is named .xlsx but is not an XLSX workbook');
  }
  return openCsv(all, textEncodingOf(head), limits);
}

async function wholeTable(stream: TableStream): Promise<Table> {
  const rows: TableRow[] = [];
  for await (const row of stream.rows) rows.push(row);
  return { format: stream.format, headers: stream.headers, rows };
}

/** Reads a whole list held in memory (see `openTable` for what it takes). */
export async function readTable(
  fileName: string,
  bytes: Uint8Array,
  limits: TableLimits = NO_TABLE_LIMITS,
): Promise<Table> {
  return wholeTable(await openTable(fileName, eachOf([bytes]), limits));
}

/**
 * Opens a list file on disk as a stream of rows. A file that cannot be opened at all fails with the system's error
 * (its `code`, such as ENOENT); one that is not a table fails with an `UnreadableFileError`.
 */
export function openTableFile(path: string): Promise<TableStream> {
  return openTable(path, createReadStream(path));
}

/** Reads a whole list file on disk. */
export async function readTableFile(path: string): Promise<Table> {
  return wholeTable(await openTableFile(path));
}
