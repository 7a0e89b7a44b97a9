import type { ListEntryFields } from '../../domain/exchange/list-rows.js';
import {
  type EntryPlace,
  type PersonIdentity,
  personIdentity,
} from '../../domain/exchange/person-identity.js';
import type { ListKind } from '../../domain/exchange/types.js';
import { inChunks } from '../batch-insert.js';
import { fromJsonText } from '../normalise.js';
import type { Db } from '../transaction.js';
import type { ExchangePersonRow } from './person.table.js';
import { namesOf } from './person-names.js';

export type { PersonIdentity };

type IdentityRow = Pick<
  ExchangePersonRow,
  'id' | 'display_name' | 'entry_ids' | 'name_latin' | 'name_cyrillic' | 'name_armenian'
>;

/**
 * The identity of each person (names in the three scripts as stored, birth date, list identifiers, else party, list
 * and row) from the list entries that describe them, read in chunks of ids: one query per 500 entries.
 */
export async function identitiesOf(
  db: Db,
  rows: readonly IdentityRow[],
): Promise<Map<string, PersonIdentity>> {
  const entryIds = new Map(rows.map((row) => [row.id, fromJsonText<string[]>(row.entry_ids, [])]));
  const found = new Map<string, { fields: ListEntryFields; place: EntryPlace }>();
  for (const slice of inChunks([...new Set([...entryIds.values()].flat())])) {
    const entries = await db
      .selectFrom('exchange_list_entry')
      .innerJoin('exchange_list_version', 'exchange_list_version.id', 'exchange_list_entry.version_id')
      .innerJoin('exchange_list', 'exchange_list.id', 'exchange_list_version.list_id')
      .innerJoin('party', 'party.id', 'exchange_list.party_id')
      .select([
        'exchange_list_entry.id',
        'exchange_list_entry.fields',
        'exchange_list_entry.row_number',
        'exchange_list.kind',
        'party.code',
      ])
      .where('exchange_list_entry.id', 'in', slice)
      .execute();
    for (const entry of entries) {
      found.set(entry.id, {
        fields: fromJsonText<ListEntryFields>(entry.fields, {}),
        place: { partyCode: entry.code, kind: entry.kind as ListKind, row: Number(entry.row_number) },
      });
    }
  }
  return new Map(
    rows.map((row) => [
      row.id,
      personIdentity(
        namesOf(row),
        (entryIds.get(row.id) ?? []).flatMap((id) => found.get(id) ?? []),
      ),
    ]),
  );
}

/** Rows as persons with their identity (`toPerson` turns a row into the shape the caller returns). */
export async function withIdentities<R extends IdentityRow, P>(
  db: Db,
  rows: readonly R[],
  toPerson: (row: R) => P,
): Promise<(P & PersonIdentity)[]> {
  const identities = await identitiesOf(db, rows);
  return rows.map((row) => ({ ...toPerson(row), ...(identities.get(row.id) as PersonIdentity) }));
}
