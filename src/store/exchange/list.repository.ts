import { createHash, randomUUID } from 'node:crypto';
import { mayWrite, readReach } from '../../domain/access/policy.js';
import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import { type ColumnMapping, LIST_FIELDS } from '../../domain/exchange/list-fields.js';
import { recordFingerprint } from '../../domain/exchange/record-fingerprint.js';
import { LIST_KINDS, type ListKind } from '../../domain/exchange/types.js';
import { whereVisible } from '../access/where-visible.js';
import { appendAudit } from '../audit/append-audit.js';
import { inChunks, insertRows } from '../batch-insert.js';
import type { DialectInfo } from '../dialect.js';
import { isUniqueViolation, StoreError } from '../errors.js';
import { fromJsonText, nowIso, toCount, toJsonText } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import type { ExchangeListEntryRow, ExchangeListRow, ExchangeListVersionRow } from './list.table.js';
import {
  DUPLICATE_RESOLUTIONS,
  type DuplicateCluster,
  type DuplicateResolution,
  type ExchangeList,
  type ExchangeListEntry,
  type ImportListVersion,
  type ListEntryFields,
  type ListVersion,
} from './list.types.js';

/** Whether this reader sees the lists of `partyId` (the policy's reach, for a party named in the request). */
function readsPartyLists(scope: PartyScope, partyId: string): boolean {
  const reach = readReach(scope, 'exchange_list');
  return reach === 'everything' || (reach === 'own_party' && scope.partyId === partyId);
}

function toVersion(row: ExchangeListVersionRow): ListVersion {
  return {
    id: row.id,
    listId: row.list_id,
    number: toCount(row.number),
    uploadedAt: row.uploaded_at,
    uploadedBy: row.uploaded_by,
    entryCount: toCount(row.entry_count),
    fileName: row.file_name,
    mapping: fromJsonText<ColumnMapping>(row.mapping, {}),
  };
}

export function toListEntry(row: ExchangeListEntryRow): ExchangeListEntry {
  return {
    id: row.id,
    versionId: row.version_id,
    row: toCount(row.row_number),
    fields: fromJsonText<ListEntryFields>(row.fields, {}),
    displayName: row.display_name,
    fingerprint: row.fingerprint,
    extras: fromJsonText<Record<string, string>>(row.extras, {}),
  };
}

/** The same records in a cluster give the same key in any version: a resolution carries over. */
function clusterKey(fingerprints: string[]): string {
  return createHash('sha256')
    .update(JSON.stringify([...fingerprints].sort()))
    .digest('hex');
}

function checkMapping(mapping: ColumnMapping): { path: string; message: string }[] {
  const known = new Set<string>(LIST_FIELDS);
  return Object.keys(mapping)
    .filter((field) => !known.has(field))
    .map((field) => ({ path: `mapping.${field}`, message: 'not a list field' }));
}

export function createExchangeListRepository(db: Db, dialect: DialectInfo) {
  async function listRow(scope: PartyScope, id: string): Promise<ExchangeListRow | null> {
    const row = await whereVisible(db.selectFrom('exchange_list').selectAll(), scope, 'exchange_list')
      .where('id', '=', id)
      .executeTakeFirst();
    return row ?? null;
  }

  async function versionRow(listId: string, number: number): Promise<ExchangeListVersionRow | undefined> {
    return db
      .selectFrom('exchange_list_version')
      .selectAll()
      .where('list_id', '=', listId)
      .where('number', '=', number)
      .executeTakeFirst();
  }

  async function latestVersions(listIds: string[]): Promise<Map<string, ListVersion>> {
    const latest = new Map<string, ListVersion>();
    if (listIds.length === 0) return latest;
    const rows = await db
      .selectFrom('exchange_list_version')
      .selectAll()
      .where('list_id', 'in', listIds)
      .orderBy('number')
      .execute();
    for (const row of rows) latest.set(row.list_id, toVersion(row));
    return latest;
  }

  function toList(row: ExchangeListRow, latest: ListVersion | undefined): ExchangeList {
    return {
      id: row.id,
      partyId: row.party_id,
      kind: row.kind as ListKind,
      latestVersion: latest
        ? {
            number: latest.number,
            uploadedAt: latest.uploadedAt,
            uploadedBy: latest.uploadedBy,
            entryCount: latest.entryCount,
          }
        : null,
    };
  }

  async function entriesByIds(ids: string[]): Promise<Map<string, ExchangeListEntry>> {
    const found = new Map<string, ExchangeListEntry>();
    for (const slice of inChunks(ids)) {
      const rows = await db.selectFrom('exchange_list_entry').selectAll().where('id', 'in', slice).execute();
      for (const row of rows) found.set(row.id, toListEntry(row));
    }
    return found;
  }

  async function importInTransaction(
    ctx: WriteContext,
    input: ImportListVersion,
  ): Promise<{ list: ExchangeList; version: ListVersion }> {
    return inTransaction(db, async (trx) => {
      const now = input.uploadedAt ?? nowIso();
      let list = await trx
        .selectFrom('exchange_list')
        .selectAll()
        .where('party_id', '=', input.partyId)
        .where('kind', '=', input.kind)
        .executeTakeFirst();
      if (!list) {
        list = { id: randomUUID(), party_id: input.partyId, kind: input.kind, created_at: now };
        await trx.insertInto('exchange_list').values(list).execute();
      }
      const last = await trx
        .selectFrom('exchange_list_version')
        .select((eb) => eb.fn.max('number').as('number'))
        .where('list_id', '=', list.id)
        .executeTakeFirst();
      const versionRowValues: ExchangeListVersionRow = {
        id: randomUUID(),
        list_id: list.id,
        number: toCount(last?.number) + 1,
        uploaded_at: now,
        uploaded_by_user_id: ctx.actor.userId,
        uploaded_by: ctx.actor.username,
        file_name: input.fileName,
        mapping: toJsonText(input.mapping),
        entry_count: input.entries.length,
      };
      // Two imports at once for the same list collide on (list_id, number): the second fails whole.
      await trx.insertInto('exchange_list_version').values(versionRowValues).execute();

      const entryRows: ExchangeListEntryRow[] = input.entries.map((entry) => ({
        id: randomUUID(),
        version_id: versionRowValues.id,
        row_number: entry.row,
        fields: toJsonText(entry.fields),
        display_name: entry.displayName,
        fingerprint: recordFingerprint(entry.fields),
        extras: toJsonText(entry.extras),
      }));
      await insertRows(trx, 'exchange_list_entry', entryRows);

      const previous = new Map<
        string,
        { resolution: string; note: string | null; by: string | null; at: string | null }
      >();
      if (versionRowValues.number > 1) {
        const resolved = await trx
          .selectFrom('exchange_duplicate_cluster')
          .innerJoin(
            'exchange_list_version',
            'exchange_list_version.id',
            'exchange_duplicate_cluster.version_id',
          )
          .select([
            'exchange_duplicate_cluster.fingerprint_key',
            'exchange_duplicate_cluster.resolution',
            'exchange_duplicate_cluster.note',
            'exchange_duplicate_cluster.resolved_by',
            'exchange_duplicate_cluster.resolved_at',
          ])
          .where('exchange_list_version.list_id', '=', list.id)
          .where('exchange_list_version.number', '=', versionRowValues.number - 1)
          .where('exchange_duplicate_cluster.resolution', 'is not', null)
          .execute();
        for (const r of resolved) {
          previous.set(r.fingerprint_key, {
            resolution: r.resolution as string,
            note: r.note,
            by: r.resolved_by,
            at: r.resolved_at,
          });
        }
      }
      const clusterRows = input.duplicates
        .filter((cluster) => cluster.members.length > 1)
        .map((cluster) => {
          const members = cluster.members.map((index) => {
            const entry = entryRows[index];
            if (!entry)
              throw new StoreError('invalid', 'A duplicate cluster names an entry that is not there');
            return entry;
          });
          const key = clusterKey(members.map((m) => m.fingerprint));
          const kept = previous.get(key);
          return {
            id: randomUUID(),
            version_id: versionRowValues.id,
            entry_ids: toJsonText(members.map((m) => m.id)),
            fingerprint_key: key,
            probability: cluster.probability,
            resolution: kept?.resolution ?? null,
            note: kept?.note ?? null,
            resolved_by: kept?.by ?? null,
            resolved_at: kept?.at ?? null,
          };
        });
      await insertRows(trx, 'exchange_duplicate_cluster', clusterRows);

      const mappingText = toJsonText(input.mapping);
      await trx
        .insertInto('column_mapping')
        .values({ party_id: input.partyId, kind: input.kind, mapping: mappingText, updated_at: now })
        .onConflict((oc) =>
          oc.columns(['party_id', 'kind']).doUpdateSet({ mapping: mappingText, updated_at: now }),
        )
        .execute();

      await appendAudit(trx, dialect, ctx, {
        action: 'exchange_list.import',
        entityType: 'exchange_list',
        entityId: list.id,
        summary: {
          partyId: input.partyId,
          kind: input.kind,
          version: versionRowValues.number,
          entries: entryRows.length,
          duplicateClusters: clusterRows.length,
          ...(input.mode ? { mode: input.mode } : {}),
        },
      });
      const version = toVersion(versionRowValues);
      return { list: toList(list, version), version };
    });
  }

  return {
    /** The lists this reader may see, each with its latest version. */
    async list(scope: PartyScope): Promise<ExchangeList[]> {
      const rows = await whereVisible(db.selectFrom('exchange_list').selectAll(), scope, 'exchange_list')
        .orderBy('party_id')
        .orderBy('kind')
        .execute();
      const latest = await latestVersions(rows.map((r) => r.id));
      return rows.map((row) => toList(row, latest.get(row.id)));
    },

    async findById(scope: PartyScope, id: string): Promise<ExchangeList | null> {
      const row = await listRow(scope, id);
      if (!row) return null;
      const latest = await latestVersions([row.id]);
      return toList(row, latest.get(row.id));
    },

    /** The list of a party and kind, when this reader may see it and it has been created. */
    async findByPartyAndKind(
      scope: PartyScope,
      partyId: string,
      kind: ListKind,
    ): Promise<ExchangeList | null> {
      const row = await whereVisible(db.selectFrom('exchange_list').selectAll(), scope, 'exchange_list')
        .where('party_id', '=', partyId)
        .where('kind', '=', kind)
        .executeTakeFirst();
      if (!row) return null;
      const latest = await latestVersions([row.id]);
      return toList(row, latest.get(row.id));
    },

    /** Every version of a list, oldest first; null when the list is not this reader's to see. */
    async versions(scope: PartyScope, listId: string): Promise<ListVersion[] | null> {
      const list = await listRow(scope, listId);
      if (!list) return null;
      const rows = await db
        .selectFrom('exchange_list_version')
        .selectAll()
        .where('list_id', '=', listId)
        .orderBy('number')
        .execute();
      return rows.map(toVersion);
    },

    async findVersion(scope: PartyScope, listId: string, number: number): Promise<ListVersion | null> {
      const list = await listRow(scope, listId);
      if (!list) return null;
      const row = await versionRow(listId, number);
      return row ? toVersion(row) : null;
    },

    /** One page of a version's entries in file order; null when the list or version is not there for this reader. */
    async entries(
      scope: PartyScope,
      listId: string,
      number: number,
      page: { offset?: number; limit: number; afterRow?: number },
    ): Promise<{ items: ExchangeListEntry[]; total: number; nextRow: number | null } | null> {
      const list = await listRow(scope, listId);
      if (!list) return null;
      const version = await versionRow(listId, number);
      if (!version) return null;
      // Keyset on the row number after `afterRow` (the index's order); `offset` is kept for older callers.
      const rows = await db
        .selectFrom('exchange_list_entry')
        .selectAll()
        .where('version_id', '=', version.id)
        .$if(page.afterRow !== undefined, (qb) => qb.where('row_number', '>', page.afterRow!))
        .orderBy('row_number')
        .$if(page.afterRow === undefined && (page.offset ?? 0) > 0, (qb) => qb.offset(page.offset!))
        .limit(page.limit + 1)
        .execute();
      const shown = rows.slice(0, page.limit);
      const last = shown[shown.length - 1];
      return {
        items: shown.map(toListEntry),
        total: toCount(version.entry_count),
        nextRow: rows.length > page.limit && last ? toCount(last.row_number) : null,
      };
    },

    /** Every entry of a version in file order (for the engine); null when not there for this reader. */
    async allEntries(scope: PartyScope, listId: string, number: number): Promise<ExchangeListEntry[] | null> {
      const list = await listRow(scope, listId);
      if (!list) return null;
      const version = await versionRow(listId, number);
      if (!version) return null;
      const rows = await db
        .selectFrom('exchange_list_entry')
        .selectAll()
        .where('version_id', '=', version.id)
        .orderBy('row_number')
        .execute();
      return rows.map(toListEntry);
    },

    /** The mapping the party used last for this kind of list, to suggest it again. */
    async rememberedMapping(scope: PartyScope, partyId: string, kind: ListKind): Promise<ColumnMapping> {
      if (!readsPartyLists(scope, partyId)) return {};
      const row = await db
        .selectFrom('column_mapping')
        .select('mapping')
        .where('party_id', '=', partyId)
        .where('kind', '=', kind)
        .executeTakeFirst();
      return fromJsonText<ColumnMapping>(row?.mapping, {});
    },

    /** The remembered mapping of the party for either kind, the latest first (before the kind is chosen). */
    async lastMapping(scope: PartyScope, partyId: string): Promise<ColumnMapping> {
      if (!readsPartyLists(scope, partyId)) return {};
      const row = await db
        .selectFrom('column_mapping')
        .select('mapping')
        .where('party_id', '=', partyId)
        .orderBy('updated_at', 'desc')
        .executeTakeFirst();
      return fromJsonText<ColumnMapping>(row?.mapping, {});
    },

    /**
     * Stores a new immutable version of the party's list of this kind (creating the list on first import), its
     * entries and duplicate clusters, and remembers the mapping; all in one transaction with its audit entry.
     */
    async importVersion(
      ctx: WriteContext,
      scope: PartyScope,
      input: ImportListVersion,
    ): Promise<{ list: ExchangeList; version: ListVersion }> {
      if (!mayWrite(scope, 'exchange_list', input.partyId)) {
        throw new StoreError('not_found', 'No such list for this party');
      }
      if (!(LIST_KINDS as readonly string[]).includes(input.kind)) {
        throw new StoreError('invalid', 'Unknown list kind', [
          { path: 'kind', message: `use one of ${LIST_KINDS.join(', ')}` },
        ]);
      }
      const mappingProblems = checkMapping(input.mapping);
      if (mappingProblems.length > 0)
        throw new StoreError('invalid', 'Unknown fields in the mapping', mappingProblems);
      if (input.entries.length === 0) {
        throw new StoreError('invalid', 'A list version needs at least one entry', [
          { path: 'entries', message: 'no row can be taken' },
        ]);
      }
      try {
        return await importInTransaction(ctx, input);
      } catch (error) {
        // Two imports of one list at the same moment: the one that commits second loses whole.
        if (isUniqueViolation(error)) {
          throw new StoreError(
            'conflict',
            'Another version of this list was imported at the same moment; try again',
            [{ path: 'kind', message: 'imported concurrently' }],
          );
        }
        throw error;
      }
    },

    /** The duplicate clusters of a version with their entries; null when not there for this reader. */
    async duplicates(scope: PartyScope, listId: string, number: number): Promise<DuplicateCluster[] | null> {
      const list = await listRow(scope, listId);
      if (!list) return null;
      const version = await versionRow(listId, number);
      if (!version) return null;
      const rows = await db
        .selectFrom('exchange_duplicate_cluster')
        .selectAll()
        .where('version_id', '=', version.id)
        .execute();
      const memberIds = rows.map((row) => fromJsonText<string[]>(row.entry_ids, []));
      const entries = await entriesByIds(memberIds.flat());
      return rows
        .map((row, i) => ({
          id: row.id,
          listId,
          versionNumber: toCount(version.number),
          probability: Number(row.probability),
          entries: memberIds[i]
            .map((id) => entries.get(id))
            .filter((e): e is ExchangeListEntry => e !== undefined)
            .sort((a, b) => a.row - b.row),
          resolution: row.resolution as DuplicateResolution | null,
          note: row.note,
          resolvedBy: row.resolved_by,
          resolvedAt: row.resolved_at,
        }))
        .sort((a, b) => (a.entries[0]?.row ?? 0) - (b.entries[0]?.row ?? 0));
    },

    /** The liaison of the list's party says whether a cluster is one person or several. */
    async resolveDuplicate(
      ctx: WriteContext,
      scope: PartyScope,
      clusterId: string,
      input: { resolution: DuplicateResolution; note: string | null },
    ): Promise<DuplicateCluster> {
      if (!(DUPLICATE_RESOLUTIONS as readonly string[]).includes(input.resolution)) {
        throw new StoreError('invalid', 'Unknown resolution', [
          { path: 'resolution', message: `use one of ${DUPLICATE_RESOLUTIONS.join(', ')}` },
        ]);
      }
      return inTransaction(db, async (trx) => {
        const found = await trx
          .selectFrom('exchange_duplicate_cluster')
          .innerJoin(
            'exchange_list_version',
            'exchange_list_version.id',
            'exchange_duplicate_cluster.version_id',
          )
          .innerJoin('exchange_list', 'exchange_list.id', 'exchange_list_version.list_id')
          .select([
            'exchange_list.id as list_id',
            'exchange_list.party_id',
            'exchange_list_version.number',
            'exchange_duplicate_cluster.resolution',
          ])
          .where('exchange_duplicate_cluster.id', '=', clusterId)
          .executeTakeFirst();
        if (!found || !mayWrite(scope, 'exchange_list', found.party_id)) {
          throw new StoreError('not_found', 'No such duplicate cluster');
        }
        const note = input.note?.trim() || null;
        const at = nowIso();
        await trx
          .updateTable('exchange_duplicate_cluster')
          .set({ resolution: input.resolution, note, resolved_by: ctx.actor.username, resolved_at: at })
          .where('id', '=', clusterId)
          .execute();
        await appendAudit(trx, dialect, ctx, {
          action: 'exchange_list.resolve_duplicate',
          entityType: 'exchange_duplicate_cluster',
          entityId: clusterId,
          summary: {
            listId: found.list_id,
            version: toCount(found.number),
            resolution: { from: found.resolution, to: input.resolution },
          },
        });
        const repo = createExchangeListRepository(trx, dialect);
        const clusters = await repo.duplicates(scope, found.list_id, toCount(found.number));
        const cluster = clusters?.find((c) => c.id === clusterId);
        if (!cluster) throw new StoreError('not_found', 'No such duplicate cluster');
        return cluster;
      });
    },
  };
}

export type ExchangeListRepository = ReturnType<typeof createExchangeListRepository>;
