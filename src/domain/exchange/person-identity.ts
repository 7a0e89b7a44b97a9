import {
  formatPartialDate,
  type NameInScripts,
  nameInScripts,
  parsePartialDate,
} from '../../engine/index.js';
import type { ListEntryFields } from './list-rows.js';

/**
 * What tells namesakes apart on every list of persons: the name in each reader's script (the name as written stays
 * the name), the birth date as read (`YYYY-MM-DD`, `YYYY-MM` or `YYYY` when the list gives only part of it) and the
 * identifiers the parties' lists give the person (their `source_id` column), in list order.
 */
export interface PersonIdentity {
  names: NameInScripts;
  birthDate: string | null;
  listIds: string[];
}

/** The identity of a person from the name as written and the list entries that describe them. */
export function personIdentity(displayName: string, entries: readonly ListEntryFields[]): PersonIdentity {
  let birthDate: string | null = null;
  const listIds: string[] = [];
  for (const fields of entries) {
    const read = parsePartialDate(fields.birth_date);
    if (birthDate === null && read) birthDate = formatPartialDate(read) || null;
    const id = fields.source_id?.trim();
    if (id && !listIds.includes(id)) listIds.push(id);
  }
  return { names: nameInScripts(displayName), birthDate, listIds };
}
