import { UnreadableFileError } from './unreadable-file-error.js';

/**
 * How much of a file the reader takes before it refuses it. Each is checked while the file is read (an XLSX's parts
 * as they are inflated, a CSV as its bytes come), never after, so a small file that would inflate to gigabytes is
 * refused after the first bytes over the limit.
 */
export interface TableLimits {
  /** Bytes of the XLSX parts read (workbook, relations, styles, shared strings, the sheets), once inflated. */
  uncompressedBytes: number;
  /** Data rows (the header not counted). */
  rows: number;
  /** Columns: a cell further right is refused. */
  columns: number;
  /** Characters in one cell (or one header). */
  cellChars: number;
  /** Filled cells in the whole table. */
  cells: number;
  /** Characters in all the cells kept, together. */
  textChars: number;
}

/** No limit: the command line reads files its user chose, as large as the machine takes. */
export const NO_TABLE_LIMITS: TableLimits = {
  uncompressedBytes: Number.POSITIVE_INFINITY,
  rows: Number.POSITIVE_INFINITY,
  columns: Number.POSITIVE_INFINITY,
  cellChars: Number.POSITIVE_INFINITY,
  cells: Number.POSITIVE_INFINITY,
  textChars: Number.POSITIVE_INFINITY,
};

const count = (n: number) => n.toLocaleString('en-US');

/** The `too-large` refusal of a file over one of the limits, saying which and where. */
export function overLimit(what: string, where: { row?: number; cell?: string } = {}): UnreadableFileError {
  return new UnreadableFileError('too-large', what, where);
}

/** Counts what a reader keeps and refuses the file at the first limit passed. */
export class TableBudget {
  private rows = 0;
  private cells = 0;
  private chars = 0;
  constructor(readonly limits: TableLimits) {}

  /** A data row is taken (`row` is its number in the file). */
  row(row: number): void {
    this.rows++;
    if (this.rows > this.limits.rows) {
      throw overLimit(
        `the file has more than ${count(this.limits.rows)} rows; split the list into several files`,
        {
          row,
        },
      );
    }
  }

  /** A column is used (0-based), by a cell named `cell`. */
  column(index: number, where: { row?: number; cell?: string }): void {
    if (index >= this.limits.columns) {
      throw overLimit(
        `the file has more than ${count(this.limits.columns)} columns; remove the columns the list does not need`,
        where,
      );
    }
  }

  /** A cell's text is kept. */
  cell(text: string, where: { row?: number; cell?: string }): void {
    // No text holds a NUL (and PostgreSQL stores none): it is binary data, as it is in a UTF-8 file.
    if (text.includes('\u0000')) {
      throw new UnreadableFileError(
        'file-type',
        'a cell holds a NUL character: this is binary data, not a list; save it as XLSX or as CSV UTF-8',
        where,
      );
    }
    if (text.length > this.limits.cellChars) {
      throw overLimit(`a cell holds more than ${count(this.limits.cellChars)} characters`, where);
    }
    if (text === '') return;
    this.cells++;
    this.chars += text.length;
    if (this.cells > this.limits.cells) {
      throw overLimit(
        `the file has more than ${count(this.limits.cells)} filled cells; split the list`,
        where,
      );
    }
    if (this.chars > this.limits.textChars) {
      throw overLimit(
        `the file holds more than ${count(this.limits.textChars)} characters of text; split the list`,
        where,
      );
    }
  }
}
