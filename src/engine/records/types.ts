import type { ParsedName } from '../names/index.js';

/** A date of which any part may be unknown (a list may give only the year). */
export interface PartialDate {
  year?: number;
  month?: number;
  day?: number;
}

export type Sex = 'm' | 'f';

/** What the engine links: one person as one list gives them. */
export interface PersonRecord {
  id: string;
  name: ParsedName;
  sex?: Sex;
  birthDate?: PartialDate;
  birthPlace?: string;
  address?: string;
  documentNumber?: string;
  unit?: string;
  rank?: string;
  eventDate?: PartialDate;
  eventPlace?: string;
  /** Columns the engine does not read, carried through untouched. */
  extra: Record<string, string>;
}

/** The recognised columns of an input list, as strings (the CLI's CSV header names). */
export const RECOGNISED_FIELDS = [
  'id',
  'full_name',
  'given_name',
  'family_name',
  'patronymic',
  'sex',
  'birth_date',
  'birth_place',
  'address',
  'document_number',
  'unit',
  'rank',
  'event_date',
  'event_place',
] as const;
export type RecognisedField = (typeof RECOGNISED_FIELDS)[number];

/** One input row: recognised fields by name, plus any other columns. */
export type RawRecord = Partial<Record<RecognisedField, string>> & Record<string, string | undefined>;

/** A value that could not be read and was treated as missing. */
export interface RecordWarning {
  recordId: string;
  field: RecognisedField;
  value: string;
  reason: 'unreadableDate' | 'unreadableSex';
}
