import type { ListEntryFields } from '../../domain/exchange/list-rows.js';
import { type PersonIdentity, personIdentity } from '../../domain/exchange/person-identity.js';
import { inChunks } from '../batch-insert.js';
import { fromJsonText } from '../normalise.js';
import type { Db } from '../transaction.js';
import type { ExchangePersonRow } from './person.table.js';

export type { PersonIdentity };

/**
 * The identity of each person (names in the three scripts, birth date, list identifiers) from the list entries
 * that describe them, read in chunks of ids: one query per 500 entries, whatever the number of persons.
 */
export async function identitiesOf(
  db: Db,
  rows: readonly Pick<ExchangePersonRow, 'id' | 'display_name' | 'entry_ids'>[],
): Promise<Map<string, PersonIdentity>> {
  const entryIds = new Map(rows.map((row) => [row.id, fromJsonText<string[]>(row.entry_ids, [])]));
  const fields = new Map<string, ListEntryFields>();
  for (const slice of inChunks([...new Set([...entryIds.values()].flat())])) {
    const entries = await db
      .selectFrom('exchange_list_entry')
      .select(['id', 'fields'])
      .where('id', 'in', slice)
      .execute();
    for (const entry of entries) fields.set(entry.id, fromJsonText<ListEntryFields>(entry.fields, {}));
  }
  return new Map(
    rows.map((row) => [
      row.id,
      personIdentity(
        row.display_name,
        (entryIds.get(row.id) ?? []).flatMap((id) => fields.get(id) ?? []),
      ),
    ]),
  );
}

/** Rows as persons with their identity (`toPerson` turns a row into the shape the caller returns). */
export async function withIdentities<
  R extends Pick<ExchangePersonRow, 'id' | 'display_name' | 'entry_ids'>,
  P,
>(db: Db, rows: readonly R[], toPerson: (row: R) => P): Promise<(P & PersonIdentity)[]> {
  const identities = await identitiesOf(db, rows);
  return rows.map((row) => ({ ...toPerson(row), ...(identities.get(row.id) as PersonIdentity) }));
}
