import { randomUUID } from 'node:crypto';
import type { WriteContext } from '../../domain/access/types.js';
import type { LocalisedText } from '../../domain/agreements/types.js';
import type {
  ActionItem,
  ActionItemChange,
  ActionItemStatus,
  DelegationMember,
  Meeting,
  MeetingKind,
} from '../../domain/meetings/types.js';
import { appendAudit } from '../audit/append-audit.js';
import { inChunks, insertRows } from '../batch-insert.js';
import type { DialectInfo } from '../dialect.js';
import { fromJsonText, nowIso, toJsonText } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import type { ActionItemRow, MeetingRow } from './meeting.table.js';

export type NewMeeting = Omit<Meeting, 'id'>;
export type NewActionItem = Omit<ActionItem, 'id'>;

/**
 * Meetings and their action items: public records of the process, read by every role (like the agreement); the
 * coordinator writes them. Topics and action items link provisions through join tables.
 */
export function createMeetingRepository(db: Db, dialect: DialectInfo) {
  async function topicsOf(trx: Db, ids: readonly string[]): Promise<Map<string, string[]>> {
    const found = new Map<string, string[]>();
    for (const chunk of inChunks([...ids])) {
      const rows = await trx
        .selectFrom('meeting_topic')
        .selectAll()
        .where('meeting_id', 'in', chunk)
        .execute();
      for (const r of rows) found.set(r.meeting_id, [...(found.get(r.meeting_id) ?? []), r.provision_id]);
    }
    return found;
  }

  async function itemProvisions(trx: Db, ids: readonly string[]): Promise<Map<string, string[]>> {
    const found = new Map<string, string[]>();
    for (const chunk of inChunks([...ids])) {
      const rows = await trx
        .selectFrom('action_item_provision')
        .selectAll()
        .where('action_item_id', 'in', chunk)
        .execute();
      for (const r of rows)
        found.set(r.action_item_id, [...(found.get(r.action_item_id) ?? []), r.provision_id]);
    }
    return found;
  }

  function toMeeting(row: MeetingRow, topics: string[]): Meeting {
    return {
      id: row.id,
      kind: row.kind as MeetingKind,
      title: fromJsonText<LocalisedText>(row.title, { en: '' }),
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      placeId: row.place_id,
      placeName: row.place_name,
      delegations: fromJsonText<DelegationMember[]>(row.delegations, []),
      topicProvisionIds: topics.sort(),
      outcome: row.outcome,
      statement: row.statement === null ? null : fromJsonText<LocalisedText>(row.statement, { en: '' }),
    };
  }

  async function toItems(trx: Db, rows: ActionItemRow[]): Promise<ActionItem[]> {
    const links = await itemProvisions(
      trx,
      rows.map((r) => r.id),
    );
    return rows.map((row) => ({
      id: row.id,
      meetingId: row.meeting_id,
      description: row.description,
      ownerPartyId: row.owner_party_id,
      dueOn: row.due_on,
      provisionIds: (links.get(row.id) ?? []).sort(),
      status: row.status as ActionItemStatus,
      doneOn: row.done_on,
    }));
  }

  return {
    /** Meetings in date order (`from` on, when given). */
    async list(filter: { from?: string; limit?: number } = {}): Promise<Meeting[]> {
      let query = db.selectFrom('meeting').selectAll();
      if (filter.from) query = query.where('starts_at', '>=', filter.from);
      const rows = await query
        .orderBy('starts_at')
        .orderBy('id')
        .limit(filter.limit ?? 1000)
        .execute();
      const topics = await topicsOf(
        db,
        rows.map((r) => r.id),
      );
      return rows.map((row) => toMeeting(row, topics.get(row.id) ?? []));
    },

    async findById(id: string): Promise<Meeting | null> {
      const row = await db.selectFrom('meeting').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return null;
      return toMeeting(row, (await topicsOf(db, [id])).get(id) ?? []);
    },

    /** Meetings that had a provision on the table, in date order. */
    async forProvision(provisionId: string): Promise<Meeting[]> {
      const rows = await db
        .selectFrom('meeting')
        .innerJoin('meeting_topic', 'meeting_topic.meeting_id', 'meeting.id')
        .selectAll('meeting')
        .where('meeting_topic.provision_id', '=', provisionId)
        .orderBy('meeting.starts_at')
        .execute();
      const topics = await topicsOf(
        db,
        rows.map((r) => r.id),
      );
      return rows.map((row) => toMeeting(row, topics.get(row.id) ?? []));
    },

    async actionItems(meetingIds?: readonly string[]): Promise<ActionItem[]> {
      let query = db.selectFrom('action_item').selectAll();
      if (meetingIds) {
        if (meetingIds.length === 0) return [];
        query = query.where('meeting_id', 'in', [...meetingIds]);
      }
      return toItems(db, await query.orderBy('due_on').orderBy('created_at').orderBy('id').execute());
    },

    async actionItemsForProvisions(provisionIds: readonly string[]): Promise<ActionItem[]> {
      if (provisionIds.length === 0) return [];
      const rows = await db
        .selectFrom('action_item')
        .selectAll()
        .where(
          'id',
          'in',
          db
            .selectFrom('action_item_provision')
            .select('action_item_id')
            .where('provision_id', 'in', [...provisionIds]),
        )
        .orderBy('due_on')
        .orderBy('id')
        .execute();
      return toItems(db, rows);
    },

    async actionItemById(id: string): Promise<ActionItem | null> {
      const row = await db.selectFrom('action_item').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? ((await toItems(db, [row]))[0] ?? null) : null;
    },

    /** Which of these ids are provisions. */
    async existingProvisions(ids: readonly string[]): Promise<Set<string>> {
      const found = new Set<string>();
      for (const chunk of inChunks([...new Set(ids)])) {
        const rows = await db.selectFrom('provision').select('id').where('id', 'in', chunk).execute();
        for (const r of rows) found.add(r.id);
      }
      return found;
    },

    async create(ctx: WriteContext, input: NewMeeting): Promise<string> {
      return inTransaction(db, async (trx) => {
        const id = randomUUID();
        await trx
          .insertInto('meeting')
          .values({
            id,
            kind: input.kind,
            title: toJsonText(input.title),
            starts_at: input.startsAt,
            ends_at: input.endsAt,
            place_id: input.placeId,
            place_name: input.placeName,
            delegations: toJsonText(input.delegations),
            outcome: input.outcome,
            statement: input.statement === null ? null : toJsonText(input.statement),
            created_by: ctx.actor.username,
            created_at: nowIso(),
          })
          .execute();
        await insertRows(
          trx,
          'meeting_topic',
          [...new Set(input.topicProvisionIds)].map((provisionId) => ({
            meeting_id: id,
            provision_id: provisionId,
          })),
        );
        await appendAudit(trx, dialect, ctx, {
          action: 'meeting.create',
          entityType: 'meeting',
          entityId: id,
          summary: { kind: input.kind, date: input.startsAt.slice(0, 10), title: input.title.en },
        });
        return id;
      });
    },

    /** Each item's status changes, oldest first. */
    async actionItemHistory(itemIds: readonly string[]): Promise<Map<string, ActionItemChange[]>> {
      const found = new Map<string, ActionItemChange[]>();
      for (const chunk of inChunks([...itemIds])) {
        const rows = await db
          .selectFrom('action_item_status_change')
          .selectAll()
          .where('action_item_id', 'in', chunk)
          .orderBy('at')
          .orderBy('id')
          .execute();
        for (const row of rows) {
          const list = found.get(row.action_item_id) ?? [];
          list.push({
            actionItemId: row.action_item_id,
            fromStatus: row.from_status as ActionItemStatus | null,
            toStatus: row.to_status as ActionItemStatus,
            doneOn: row.done_on,
            note: row.note,
            by: row.by,
            byPartyId: row.by_party_id,
            at: row.at,
          });
          found.set(row.action_item_id, list);
        }
      }
      return found;
    },

    async addActionItem(ctx: WriteContext, input: NewActionItem): Promise<string> {
      return inTransaction(db, async (trx) => {
        const id = randomUUID();
        const at = nowIso();
        await trx
          .insertInto('action_item')
          .values({
            id,
            meeting_id: input.meetingId,
            description: input.description,
            owner_party_id: input.ownerPartyId,
            due_on: input.dueOn,
            status: input.status,
            done_on: input.doneOn,
            created_at: at,
            updated_at: at,
          })
          .execute();
        await insertRows(
          trx,
          'action_item_provision',
          [...new Set(input.provisionIds)].map((provisionId) => ({
            action_item_id: id,
            provision_id: provisionId,
          })),
        );
        await trx
          .insertInto('action_item_status_change')
          .values({
            id: randomUUID(),
            action_item_id: id,
            from_status: null,
            to_status: input.status,
            done_on: input.doneOn,
            note: '',
            by: ctx.actor.username,
            by_party_id: null,
            at,
          })
          .execute();
        await appendAudit(trx, dialect, ctx, {
          action: 'meeting.action_item',
          entityType: 'meeting',
          entityId: input.meetingId,
          summary: { actionItemId: id, dueOn: input.dueOn, status: input.status },
        });
        return id;
      });
    },

    /**
     * An item's new status (done on a day, dropped, open again) and its history entry: who, for which party (a
     * liaison marking its own party's item), and the note. The caller has checked the writer against the policy.
     */
    async setActionItemStatus(
      ctx: WriteContext,
      id: string,
      change: { status: ActionItemStatus; doneOn: string | null; note: string; byPartyId: string | null },
    ): Promise<void> {
      await inTransaction(db, async (trx) => {
        const row = await trx
          .selectFrom('action_item')
          .select(['meeting_id', 'status'])
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        const at = nowIso();
        await trx
          .updateTable('action_item')
          .set({ status: change.status, done_on: change.doneOn, updated_at: at })
          .where('id', '=', id)
          .execute();
        await trx
          .insertInto('action_item_status_change')
          .values({
            id: randomUUID(),
            action_item_id: id,
            from_status: row.status,
            to_status: change.status,
            done_on: change.doneOn,
            note: change.note,
            by: ctx.actor.username,
            by_party_id: change.byPartyId,
            at,
          })
          .execute();
        await appendAudit(trx, dialect, ctx, {
          action: 'meeting.action_item_status',
          entityType: 'meeting',
          entityId: row.meeting_id,
          summary: {
            actionItemId: id,
            status: change.status,
            doneOn: change.doneOn,
            ...(change.byPartyId ? { partyId: change.byPartyId } : {}),
          },
        });
      });
    },
  };
}

export type MeetingRepository = ReturnType<typeof createMeetingRepository>;
