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

/** Copies the rows' recognised fields into shared memory, once for every thread. */
export function shareRows(rows: readonly RawRecord[]): SharedRows {
  const encoder = new TextEncoder();
  const offsets = new Uint32Array(new SharedArrayBuffer(4 * (rows.length + 1)));
  const chunks: Uint8Array[] = [];
  let chunk = new Uint8Array(CHUNK_BYTES);
  let used = 0;
  let written = 0;
  for (let i = 0; i < rows.length; i++) {
    const text = rowText(rows[i]);
    // A UTF-16 code unit takes at most 3 bytes of UTF-8.
    if (used + text.length * 3 > chunk.length) {
      chunks.push(chunk.subarray(0, used));
      chunk = new Uint8Array(Math.max(CHUNK_BYTES, text.length * 3));
      used = 0;
    }
    const bytes = encoder.encodeInto(text, chunk.subarray(used)).written;
    used += bytes;
    written += bytes;
    offsets[i + 1] = written;
  }
  chunks.push(chunk.subarray(0, used));
  const text = new Uint8Array(new SharedArrayBuffer(Math.max(1, written)));
  let at = 0;
  for (const part of chunks) {
    text.set(part, at);
    at += part.length;
  }
  return { count: rows.length, offsets, text };
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
