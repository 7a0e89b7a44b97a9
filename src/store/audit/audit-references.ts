import { fromJsonText } from '../normalise.js';
import type { Db } from '../transaction.js';

/**
 * What an audit entry's entity is, in words a reader knows instead of its id: a person's or user's name, when a
 * run started, an exchange's date and place, a list's party and kind, an upload's file. The web words it.
 */
export interface AuditReference {
  /** A name as written (person, user, upload file, agreement code, a pair's two names). */
  name?: string;
  /** An instant (a run's start, a report's publication). */
  at?: string;
  /** A calendar day (an exchange, a report's as-of date). */
  date?: string;
  /** A party the web names in the reader's language (a party itself, a list's party). */
  partyId?: string;
  /** A list's kind (held, missing). */
  kind?: string;
  /** A provision's number. */
  number?: number;
}

type Lookup = (db: Db, ids: string[]) => Promise<[string, AuditReference][]>;

const LOOKUPS: Record<string, Lookup> = {
  exchange_person: async (db, ids) =>
    (
      await db.selectFrom('exchange_person').select(['id', 'display_name']).where('id', 'in', ids).execute()
    ).map((row) => [row.id, { name: row.display_name }]),
  reconciliation: async (db, ids) =>
    (await db.selectFrom('reconciliation').select(['id', 'started_at']).where('id', 'in', ids).execute()).map(
      (row) => [row.id, { at: row.started_at }],
    ),
  user: async (db, ids) =>
    (await db.selectFrom('app_user').select(['id', 'username']).where('id', 'in', ids).execute()).map(
      (row) => [row.id, { name: row.username }],
    ),
  party: async (_db, ids) => ids.map((id) => [id, { partyId: id }]),
  exchange_event: async (db, ids) =>
    (
      await db.selectFrom('exchange_event').select(['id', 'date', 'place']).where('id', 'in', ids).execute()
    ).map((row) => [row.id, { name: row.place, date: row.date }]),
  exchange_list: async (db, ids) =>
    (
      await db.selectFrom('exchange_list').select(['id', 'party_id', 'kind']).where('id', 'in', ids).execute()
    ).map((row) => [row.id, { partyId: row.party_id, kind: row.kind }]),
  exchange_upload: async (db, ids) =>
    (
      await db
        .selectFrom('exchange_upload')
        .select(['id', 'file_name', 'party_id'])
        .where('id', 'in', ids)
        .execute()
    ).map((row) => [row.id, { name: row.file_name, partyId: row.party_id }]),
  published_report: async (db, ids) =>
    (
      await db
        .selectFrom('published_report')
        .select(['id', 'as_of', 'published_at'])
        .where('id', 'in', ids)
        .execute()
    ).map((row) => [row.id, { date: row.as_of, at: row.published_at }]),
  agreement: async (db, ids) =>
    (await db.selectFrom('agreement').select(['id', 'code']).where('id', 'in', ids).execute()).map((row) => [
      row.id,
      { name: row.code },
    ]),
  provision: async (db, ids) =>
    (await db.selectFrom('provision').select(['id', 'number']).where('id', 'in', ids).execute()).map(
      (row) => [row.id, { number: Number(row.number) }],
    ),
  reconciliation_pair: async (db, ids) => {
    const rows = await db
      .selectFrom('reconciliation_pair')
      .innerJoin('exchange_list_entry as missing', 'missing.id', 'reconciliation_pair.missing_entry_id')
      .innerJoin('exchange_list_entry as held', 'held.id', 'reconciliation_pair.held_entry_id')
      .select(['reconciliation_pair.id', 'missing.display_name as missing', 'held.display_name as held'])
      .where('reconciliation_pair.id', 'in', ids)
      .execute();
    return rows.map((row) => [row.id, { name: `${row.missing} ↔ ${row.held}` }]);
  },
  exchange_duplicate_cluster: async (db, ids) => {
    const clusters = await db
      .selectFrom('exchange_duplicate_cluster')
      .select(['id', 'entry_ids'])
      .where('id', 'in', ids)
      .execute();
    const entryIds = clusters.flatMap((c) => fromJsonText<string[]>(c.entry_ids, []));
    const names = new Map(
      entryIds.length === 0
        ? []
        : (
            await db
              .selectFrom('exchange_list_entry')
              .select(['id', 'display_name'])
              .where('id', 'in', entryIds)
              .execute()
          ).map((e) => [e.id, e.display_name]),
    );
    return clusters.map((c) => [
      c.id,
      {
        name: fromJsonText<string[]>(c.entry_ids, [])
          .map((id) => names.get(id) ?? id)
          .join(' / '),
      },
    ]);
  },
};

/** The references of a page of entries, keyed `entityType:entityId`; one query per kind of entity on the page. */
export async function auditReferences(
  db: Db,
  entries: readonly { entityType: string; entityId: string | null }[],
): Promise<Map<string, AuditReference>> {
  const idsByType = new Map<string, Set<string>>();
  for (const { entityType, entityId } of entries) {
    if (!entityId || !(entityType in LOOKUPS)) continue;
    idsByType.set(entityType, (idsByType.get(entityType) ?? new Set()).add(entityId));
  }
  const found = new Map<string, AuditReference>();
  for (const [type, ids] of idsByType) {
    for (const [id, reference] of await LOOKUPS[type](db, [...ids])) found.set(`${type}:${id}`, reference);
  }
  return found;
}
