import type { RawRecord } from '../../engine/index.js';
import { type DateOrder, isPlausibleDate, readListDate, storedDate } from './list-dates.js';
import {
  type ColumnMapping,
  DATE_FIELDS,
  FIELD_MAX_CHARS,
  LIST_FIELDS,
  type ListField,
  NAME_FIELDS,
} from './list-fields.js';

/** The mapped fields of one entry, values exactly as written in the file. */
export type ListEntryFields = Partial<Record<ListField, string>>;

/** A row of a list that can be taken: its row in the file, its fields, how it is shown, unmapped columns. */
export interface NewListEntry {
  row: number;
  fields: ListEntryFields;
  displayName: string;
  extras: Record<string, string>;
}

/** A row of an uploaded file, as the table reader gave it. */
export interface SheetRow {
  /** The row in the file (header = 1). */
  row: number;
  values: string[];
  /** Spreadsheet cells (`C7`) whose formula has a saved value: that value is taken. */
  formulaCells?: string[];
  /** Spreadsheet cells whose formula has no saved value: nothing to take. */
  emptyFormulaCells?: string[];
}

/** Why a row cannot be taken; the web app words it in the user's language. */
export const ROW_REJECT_REASONS = [
  'missing_name',
  'unreadable_date',
  'implausible_date',
  'too_long',
  'formula_without_value',
] as const;
export type RowRejectReason = (typeof ROW_REJECT_REASONS)[number];

export interface RowReject {
  /** The row in the file (header = 1). */
  row: number;
  field: ListField;
  /** The file's column that feeds the field. */
  column: string;
  reason: RowRejectReason;
  /** The value as written (empty for a missing name; the first characters of one too long). */
  value: string;
  /** For a value too long: the most the field takes. */
  maxLength?: number;
  /** For a spreadsheet: the cell at fault (`C7`). */
  cell?: string;
}

export interface MappingProblem {
  path: string;
  message: string;
}

/** A mapping that names columns the file has, each column at most once, and at least one name field. */
export function checkMappingAgainst(headers: readonly string[], mapping: ColumnMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const known = new Set<string>(LIST_FIELDS);
  const seen = new Map<string, string>();
  for (const [field, column] of Object.entries(mapping)) {
    if (!known.has(field)) {
      problems.push({ path: `mapping.${field}`, message: 'not a list field' });
      continue;
    }
    if (column === undefined) continue;
    if (!headers.includes(column)) {
      problems.push({ path: `mapping.${field}`, message: `the file has no column "${column}"` });
      continue;
    }
    const earlier = seen.get(column);
    if (earlier !== undefined) {
      problems.push({
        path: `mapping.${field}`,
        message: `column "${column}" is already mapped to ${earlier}`,
      });
    }
    seen.set(column, field);
  }
  if (!NAME_FIELDS.some((field) => mapping[field] !== undefined)) {
    problems.push({
      path: 'mapping.full_name',
      message: 'map a name column: full name, or family name and given name',
    });
  }
  return problems;
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** How an entry is shown: the full name as written, else family, given and father's names in that order. */
export function displayNameOf(fields: ListEntryFields): string {
  if (fields.full_name) return fields.full_name;
  return [fields.family_name, fields.given_name, fields.fathers_name].filter(Boolean).join(' ');
}

/** A date of an entry as written and as read (ISO), with its day and month ambiguity. */
export interface DateAsRead {
  row: number;
  field: ListField;
  written: string;
  read: string;
  ambiguous: boolean;
}

export interface ReadRowsOptions {
  /** The order of the file's numeric dates (default: day first, as the engine reads them). */
  dateOrder?: DateOrder;
  /** Today as an ISO date: given, a date in the future (or a birth before 1900) refuses its row. */
  today?: string;
}

/** The start of a value too long to echo whole. */
const shortened = (value: string) => (value.length > 80 ? `${value.slice(0, 80)}…` : value);

/**
 * The rows of a file read through a mapping: the entries that can be taken and, for every other row, its number and
 * why (no name, a value longer than its field takes, a date that cannot be read or cannot be true, a spreadsheet
 * formula with no saved value). Values stay as written, trimmed, except a date the engine would read otherwise than
 * the file's order says (stored in ISO form); unmapped non-empty columns are kept as extras. `dates` gives every
 * date of the entries as written and as read.
 */
export function readMappedRows(
  headers: readonly string[],
  rows: readonly SheetRow[],
  mapping: ColumnMapping,
  options: ReadRowsOptions = {},
): { entries: NewListEntry[]; rejects: RowReject[]; dates: DateAsRead[] } {
  const dateOrder = options.dateOrder ?? 'dmy';
  const dates: DateAsRead[] = [];
  const columnOf = new Map<string, number>(headers.map((h, i) => [h, i]));
  const mapped = LIST_FIELDS.flatMap((field) => {
    const column = mapping[field];
    const index = column === undefined ? undefined : columnOf.get(column);
    return index === undefined || column === undefined ? [] : [{ field, column, index }];
  });
  const mappedIndexes = new Set(mapped.map((m) => m.index));
  const entries: NewListEntry[] = [];
  const rejects: RowReject[] = [];
  for (const uploaded of rows) {
    const rowRejects: RowReject[] = [];
    const rowDates: DateAsRead[] = [];
    const fields: ListEntryFields = {};
    // A name written but refused (too long) is reported as such, not as a missing name too.
    let nameWritten = false;
    for (const { field, column, index } of mapped) {
      const cell = `${columnLetter(index)}${uploaded.row}`;
      if (uploaded.emptyFormulaCells?.includes(cell)) {
        rowRejects.push({
          row: uploaded.row,
          field,
          column,
          reason: 'formula_without_value',
          value: '',
          cell,
        });
        continue;
      }
      const value = (uploaded.values[index] ?? '').trim();
      if (value === '') continue;
      if (NAME_FIELDS.includes(field)) nameWritten = true;
      if (value.length > FIELD_MAX_CHARS[field]) {
        rowRejects.push({
          row: uploaded.row,
          field,
          column,
          reason: 'too_long',
          value: shortened(value),
          maxLength: FIELD_MAX_CHARS[field],
          cell,
        });
        continue;
      }
      if (DATE_FIELDS.includes(field)) {
        const reading = readListDate(value, dateOrder);
        if (reading === null) {
          rowRejects.push({ row: uploaded.row, field, column, reason: 'unreadable_date', value, cell });
          continue;
        }
        if (options.today !== undefined && !isPlausibleDate(field, reading, options.today)) {
          rowRejects.push({ row: uploaded.row, field, column, reason: 'implausible_date', value, cell });
          continue;
        }
        fields[field] = storedDate(value, reading);
        rowDates.push({
          row: uploaded.row,
          field,
          written: value,
          read: reading.iso,
          ambiguous: reading.ambiguous,
        });
        continue;
      }
      fields[field] = value;
    }
    if (!nameWritten) {
      const field = NAME_FIELDS.find((f) => mapping[f] !== undefined) ?? 'full_name';
      rowRejects.push({
        row: uploaded.row,
        field,
        column: mapping[field] ?? '',
        reason: 'missing_name',
        value: '',
      });
    }
    if (rowRejects.length > 0) {
      rejects.push(...rowRejects);
      continue;
    }
    const extras: Record<string, string> = {};
    headers.forEach((header, i) => {
      const value = (uploaded.values[i] ?? '').trim();
      if (!mappedIndexes.has(i) && value !== '' && header !== '') extras[header] = value;
    });
    entries.push({ row: uploaded.row, fields, displayName: displayNameOf(fields), extras });
    dates.push(...rowDates);
  }
  return { entries, rejects, dates };
}

/** An entry as the engine reads it (the engine's column names; father's name is its patronymic). */
export function entryRawRecord(id: string, fields: ListEntryFields): RawRecord {
  return {
    id,
    full_name: fields.full_name,
    family_name: fields.family_name,
    given_name: fields.given_name,
    patronymic: fields.fathers_name,
    sex: fields.sex,
    birth_date: fields.birth_date,
    birth_place: fields.birth_place,
    unit: fields.unit,
    rank: fields.rank,
    document_number: fields.service_number,
    event_date: fields.event_date,
    event_place: fields.event_place,
  };
}
