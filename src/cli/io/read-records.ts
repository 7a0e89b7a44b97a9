import {
  buildPersonRecord,
  type PersonRecord,
  type RawRecord,
  RECOGNISED_FIELDS,
  type RecordWarning,
} from '../../engine/index.js';
import { InputError } from './input-error.js';
import { openInputTable } from './input-table.js';

const RECOGNISED = new Set<string>(RECOGNISED_FIELDS);

export interface RecordWarningAt extends RecordWarning {
  file: string;
  row: number;
}

export interface RecordsFile {
  header: string[];
  records: PersonRecord[];
  warnings: RecordWarningAt[];
}

/** A header's recognised field, matched without regard to case or surrounding spaces. */
export function recognisedField(header: string): string | undefined {
  const name = header.trim().toLowerCase();
  return RECOGNISED.has(name) ? name : undefined;
}

/** A list's rows as the engine takes them, with each row's number in the file (header = 1). */
export interface RowsFile {
  file: string;
  header: string[];
  rows: RawRecord[];
  rowNumbers: number[];
}

/**
 * Reads a list of people row by row as it streams: an `id` column, unique and non-empty ids; every column kept,
 * the recognised ones under the engine's names.
 */
export async function readRowsFile(file: string): Promise<RowsFile> {
  const table = await openInputTable(file);
  const header = table.headers;
  const fields = header.map((name) => recognisedField(name) ?? name);
  const idColumn = fields.indexOf('id');
  if (idColumn < 0) throw new InputError(file, 'the header has no "id" column', 1, 'id');
  const seen = new Map<string, number>();
  const rows: RawRecord[] = [];
  const rowNumbers: number[] = [];
  for await (const { row, values } of table.rows) {
    const id = values[idColumn].trim();
    if (id === '') throw new InputError(file, 'the id is empty', row, header[idColumn]);
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      throw new InputError(file, `the id "${id}" is already used on row ${earlier}`, row, header[idColumn]);
    }
    seen.set(id, row);
    const raw: RawRecord = {};
    fields.forEach((field, i) => {
      raw[field] = values[i];
    });
    rows.push(raw);
    rowNumbers.push(row);
  }
  return { file, header, rows, rowNumbers };
}

/** Reads a list of people (see `readRowsFile`) into records; other columns carried in `extra`. */
export async function readRecordsFile(file: string): Promise<RecordsFile> {
  const { header, rows, rowNumbers } = await readRowsFile(file);
  const records: PersonRecord[] = [];
  const warnings: RecordWarningAt[] = [];
  rows.forEach((raw, i) => {
    const built = buildPersonRecord(raw);
    records.push(built.record);
    for (const warning of built.warnings) warnings.push({ ...warning, file, row: rowNumbers[i] });
  });
  return { header, records, warnings };
}

/** Warnings of records built elsewhere (worker threads), placed in their files: `side` indexes `files`. */
export function warningsInFiles(
  files: readonly RowsFile[],
  warnings: readonly (RecordWarning & { side: number; index: number })[],
): RecordWarningAt[] {
  return warnings.map(({ side, index, ...warning }) => ({
    ...warning,
    file: files[side].file,
    row: files[side].rowNumbers[index],
  }));
}

/** One line for standard error about values read as missing, or nothing. */
export function describeWarnings(warnings: readonly RecordWarningAt[]): string | undefined {
  if (warnings.length === 0) return undefined;
  const first = warnings[0];
  const kind = warnings.length === 1 ? 'value' : 'values';
  return (
    `parley: warning: ${warnings.length} ${kind} could not be read and were treated as missing ` +
    `(first: ${first.file}, row ${first.row}, column "${first.field}": "${first.value}")`
  );
}
