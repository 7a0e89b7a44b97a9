import { type RawRecord, RECOGNISED_FIELDS } from '../../engine/index.js';

/**
 * Input rows in memory that every worker thread reads without a copy: each row's recognised fields as one UTF-8
 * string in a SharedArrayBuffer, with the byte offset of each row. Columns the engine does not read stay behind.
 */
export interface SharedRows {
  count: number;
  /** count + 1 byte offsets into `text`: row i is text[offsets[i], offsets[i + 1]). */
  offsets: Uint32Array;
  text: Uint8Array;
}

const SEPARATOR = '\u0000';
const CHUNK_BYTES = 1 << 22;

function rowText(row: RawRecord): string {
  let text = '';
  for (let f = 0; f < RECOGNISED_FIELDS.length; f++) {
    if (f > 0) text += SEPARATOR;
    const value = row[RECOGNISED_FIELDS[f]];
    if (value) text += value.includes(SEPARATOR) ? value.replaceAll(SEPARATOR, ' ') : value;
  }
  return text;
}

/** Rows encoded one by one into chunks, then copied into shared memory at once. */
class RowsEncoder {
  private readonly encoder = new TextEncoder();
  private offsets: Uint32Array;
  private readonly chunks: Uint8Array[] = [];
  private chunk = new Uint8Array(CHUNK_BYTES);
  private used = 0;
  private written = 0;
  private count = 0;

  /** `size` rows, or as many as come when it is not known (the offsets are then copied once at the end). */
  constructor(private readonly size?: number) {
    this.offsets =
      size === undefined ? new Uint32Array(1024) : new Uint32Array(new SharedArrayBuffer(4 * (size + 1)));
  }

  add(row: RawRecord): void {
    if (this.count + 1 === this.offsets.length) {
      const grown = new Uint32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    const text = rowText(row);
    // A UTF-16 code unit takes at most 3 bytes of UTF-8.
    if (this.used + text.length * 3 > this.chunk.length) {
      this.chunks.push(this.chunk.subarray(0, this.used));
      this.chunk = new Uint8Array(Math.max(CHUNK_BYTES, text.length * 3));
      this.used = 0;
    }
    const bytes = this.encoder.encodeInto(text, this.chunk.subarray(this.used)).written;
    this.used += bytes;
    this.written += bytes;
    this.offsets[++this.count] = this.written;
  }

  finish(): SharedRows {
    this.chunks.push(this.chunk.subarray(0, this.used));
    const text = new Uint8Array(new SharedArrayBuffer(Math.max(1, this.written)));
    let at = 0;
    for (const part of this.chunks) {
      text.set(part, at);
      at += part.length;
    }
    let offsets = this.offsets;
    if (this.size === undefined) {
      offsets = new Uint32Array(new SharedArrayBuffer(4 * (this.count + 1)));
      offsets.set(this.offsets.subarray(0, this.count + 1));
    }
    return { count: this.count, offsets, text };
  }
}

/** Copies the rows' recognised fields into shared memory, once for every thread. */
export function shareRows(rows: readonly RawRecord[]): SharedRows {
  const encoder = new RowsEncoder(rows.length);
  for (const row of rows) encoder.add(row);
  return encoder.finish();
}

const ROWS_A_TURN = 5_000;

/**
 * `shareRows` of `items` as `toRow` reads them, a few thousand at a time with a turn of the event loop between
 * (a server keeps answering meanwhile).
 */
export async function shareRowsInTurns<T>(
  items: readonly T[],
  toRow: (item: T) => RawRecord,
): Promise<SharedRows> {
  const encoder = new RowsEncoder(items.length);
  for (let i = 0; i < items.length; i++) {
    if (i % ROWS_A_TURN === ROWS_A_TURN - 1) await new Promise((resolve) => setImmediate(resolve));
    encoder.add(toRow(items[i]));
  }
  return encoder.finish();
}

/**
 * Rows as a stream gives them (a CSV file read as it comes, say), put into shared memory one by one: only the
 * engine's recognised fields are kept, so memory grows with the rows, not with the file.
 */
export async function shareRowStream(rows: AsyncIterable<RawRecord>): Promise<SharedRows> {
  const encoder = new RowsEncoder();
  for await (const row of rows) encoder.add(row);
  return encoder.finish();
}

/** Rows as they came, or already in shared memory. */
export function isSharedRows(rows: readonly RawRecord[] | SharedRows): rows is SharedRows {
  return 'offsets' in rows && rows.offsets instanceof Uint32Array;
}

/** Reads rows back from shared memory (in any thread). */
export function sharedRowReader(rows: SharedRows): (index: number) => RawRecord {
  const decoder = new TextDecoder();
  return (index) => {
    const values = decoder
      .decode(rows.text.subarray(rows.offsets[index], rows.offsets[index + 1]))
      .split(SEPARATOR);
    const row: RawRecord = {};
    for (let f = 0; f < RECOGNISED_FIELDS.length; f++) if (values[f]) row[RECOGNISED_FIELDS[f]] = values[f];
    return row;
  };
}
