import {
  formatPartialDate,
  type NameInScripts,
  nameInScripts,
  parsePartialDate,
} from '../../engine/index.js';
import type { ListEntryFields } from './list-rows.js';
import type { ListKind } from './types.js';

/**
 * What tells namesakes apart on every list of persons: the name in each reader's script (the name as written stays
 * the name), the birth date as read (`YYYY-MM-DD`, `YYYY-MM` or `YYYY` when the list gives only part of it) and the
 * identifiers the parties' lists give the person (their `source_id` column, else party, list and row: `AM-M-12`).
 */
export interface PersonIdentity {
  names: NameInScripts;
  birthDate: string | null;
  listIds: string[];
}

/** Where an entry sits when its list gives it no identifier: its party, its list and its row. */
export interface EntryPlace {
  partyCode: string;
  kind: ListKind;
  row: number;
}

/** An entry's reference when the list gives none: `AM-M-12` (Armenia's missing list, row 12), `AZ-H-3`. */
export const entryReference = (place: EntryPlace): string =>
  `${place.partyCode}-${place.kind === 'missing' ? 'M' : 'H'}-${place.row}`;

/**
 * The identity of a person from the name as written (or its names in each script, already computed) and the list
 * entries that describe them; an entry without a `source_id` is referred to by its party, list and row
 * (entryReference) when its place is known.
 */
export function personIdentity(
  name: string | NameInScripts,
  entries: readonly (ListEntryFields | { fields: ListEntryFields; place?: EntryPlace })[],
): PersonIdentity {
  let birthDate: string | null = null;
  const listIds: string[] = [];
  for (const entry of entries) {
    const { fields, place } =
      'fields' in entry ? entry : { fields: entry as ListEntryFields, place: undefined };
    const read = parsePartialDate(fields.birth_date);
    if (birthDate === null && read) birthDate = formatPartialDate(read) || null;
    const id = fields.source_id?.trim() || (place ? entryReference(place) : '');
    if (id && !listIds.includes(id)) listIds.push(id);
  }
  return { names: typeof name === 'string' ? nameInScripts(name) : name, birthDate, listIds };
}
