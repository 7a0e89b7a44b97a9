import { sql } from 'kysely';
import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import {
  type AllForAllPlan,
  planAllForAll,
  TO_HAND_OVER,
  UNRESOLVED,
} from '../../domain/exchange/exchange-plan.js';
import type { PersonChange, TrackedPerson } from '../../domain/exchange/person-changes.js';
import { availableEvents, nextStatus } from '../../domain/exchange/person-status.js';
import { isStatusReasonKey, type StatusReason } from '../../domain/exchange/status-reasons.js';
import type { PersonStatus, StatusEvent } from '../../domain/exchange/types.js';
import { whereVisible } from '../access/where-visible.js';
import { appendAudit } from '../audit/append-audit.js';
import type { DialectInfo } from '../dialect.js';
import { StoreError } from '../errors.js';
import { fromJsonText, nowIso } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import type { ExchangePersonRow, PersonStatusChangeRow } from './person.table.js';
import type { ExchangePerson, PersonDetail, PersonStatusHistoryItem } from './person.types.js';
import { type PersonIdentity, withIdentities } from './person-identity.js';
import {
  loadTrackedPersons,
  type StatusActor,
  statusChangeRow,
  writePersonChanges,
} from './person-writes.js';

export type { StatusActor };

export function toExchangePerson(row: ExchangePersonRow): ExchangePerson {
  return {
    id: row.id,
    displayName: row.display_name,
    ownPartyId: row.own_party_id,
    holdingPartyId: row.holding_party_id,
    status: row.status as PersonStatus,
  };
}

function toHistoryItem(row: PersonStatusChangeRow): PersonStatusHistoryItem {
  return {
    from: row.from_status as PersonStatus | null,
    to: row.to_status as PersonStatus,
    event: row.event as StatusEvent | null,
    reason: {
      key: isStatusReasonKey(row.reason) ? row.reason : 'note',
      params: isStatusReasonKey(row.reason)
        ? fromJsonText<Record<string, string>>(row.reason_params, {})
        : { text: row.reason },
    },
    by: row.by,
    at: row.at,
    exchangeEventId: row.exchange_event_id,
  };
}

export const actorOf = (ctx: WriteContext): StatusActor => ({
  userId: ctx.actor.userId,
  username: ctx.actor.username,
});

/** Writes one step of a person's history (the caller sets the status itself, in the same transaction). */
export async function recordStatusChange(
  trx: Db,
  change: {
    personId: string;
    from: PersonStatus | null;
    to: PersonStatus;
    event: StatusEvent | null;
    reason: StatusReason;
    actor: StatusActor;
    exchangeEventId?: string | null;
    at?: string;
  },
): Promise<void> {
  await trx
    .insertInto('person_status_change')
    .values(statusChangeRow({ ...change, at: change.at ?? nowIso() }))
    .execute();
}

/**
 * Moves one person by `event` (domain nextStatus), or refuses with a conflict naming the statuses it applies to.
 * Call inside a transaction; the row is read again there so two writers cannot both move from the same status.
 */
export async function movePerson(
  trx: Db,
  personId: string,
  event: StatusEvent,
  reason: StatusReason,
  actor: StatusActor,
  exchangeEventId: string | null = null,
): Promise<ExchangePersonRow> {
  const row = await trx
    .selectFrom('exchange_person')
    .selectAll()
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!row) throw new StoreError('not_found', 'No such person');
  const change = nextStatus(row.status as PersonStatus, event);
  if (!change.ok) {
    throw new StoreError('conflict', `A person who is ${change.from} cannot take the event ${event}`, [
      { path: 'event', message: `applies to ${change.allowedFrom.join(', ')} only` },
    ]);
  }
  const moved = await trx
    .updateTable('exchange_person')
    .set({ status: change.to, updated_at: nowIso() })
    .where('id', '=', personId)
    .where('status', '=', change.from)
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) {
    throw new StoreError('conflict', 'The person changed meanwhile; read it again', [
      { path: 'event', message: 'stale' },
    ]);
  }
  await recordStatusChange(trx, {
    personId,
    from: change.from,
    to: change.to,
    event,
    reason,
    actor,
    exchangeEventId,
  });
  return { ...row, status: change.to };
}

/** Where a page of persons ends: the sort key of its last row. */
export interface PersonKey {
  displayName: string;
  id: string;
}

/** How many of the unresolved persons the plan names (the persons page lists them all, a page at a time). */
export const PLAN_UNRESOLVED_SHOWN = 200;

export function createExchangePersonRepository(db: Db, dialect: DialectInfo) {
  return {
    /**
     * One page of the persons this reader sees, in name order: keyset on (display_name, id), read through the
     * index of the same columns, so a deep page costs what the first does. `next` is the key to ask after.
     */
    async list(
      scope: PartyScope,
      filter: { status?: PersonStatus; partyId?: string } = {},
      page: { limit: number; after?: PersonKey } = { limit: 100 },
    ): Promise<{ items: (ExchangePerson & PersonIdentity)[]; next: PersonKey | null }> {
      const after = page.after;
      const rows = await whereVisible(db.selectFrom('exchange_person').selectAll(), scope, 'exchange_person')
        .$if(!!filter.status, (qb) => qb.where('status', '=', filter.status!))
        .$if(!!filter.partyId, (qb) => qb.where('own_party_id', '=', filter.partyId!))
        .$if(!!after, (qb) =>
          qb.where((eb) =>
            eb(eb.refTuple('display_name', 'id'), '>', eb.tuple(after!.displayName, after!.id)),
          ),
        )
        .orderBy('display_name')
        .orderBy('id')
        .limit(page.limit + 1)
        .execute();
      const shown = rows.slice(0, page.limit);
      const last = shown[shown.length - 1];
      return {
        items: await withIdentities(db, shown, toExchangePerson),
        next: rows.length > page.limit && last ? { displayName: last.display_name, id: last.id } : null,
      };
    },

    async findById(scope: PartyScope, id: string): Promise<(PersonDetail & PersonIdentity) | null> {
      const row = await whereVisible(db.selectFrom('exchange_person').selectAll(), scope, 'exchange_person')
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      const history = await db
        .selectFrom('person_status_change')
        .selectAll()
        .where('person_id', '=', id)
        .orderBy('at')
        .orderBy(sql`case when from_status is null then 0 else 1 end`)
        .execute();
      const [person] = await withIdentities(db, [row], toExchangePerson);
      const items = history.map(toHistoryItem);
      // A run named by its start, not by its id: the reasons that cite a run get when it started.
      const runIds = [...new Set(items.flatMap((item) => item.reason.params.run ?? []))];
      const runs =
        runIds.length === 0
          ? []
          : await db
              .selectFrom('reconciliation')
              .select(['id', 'started_at'])
              .where('id', 'in', runIds)
              .execute();
      const startedAt = new Map(runs.map((run) => [run.id, run.started_at]));
      return {
        ...person,
        history: items.map((item) => {
          const run = item.reason.params.run;
          return run && startedAt.has(run)
            ? { ...item, run: { id: run, startedAt: startedAt.get(run)! } }
            : item;
        }),
        availableEvents: availableEvents(person.status),
      };
    },

    /** The coordinator moves a person along one allowed edge, with the reason; refused (conflict) otherwise. */
    async changeStatus(
      ctx: WriteContext,
      id: string,
      event: StatusEvent,
      reason: StatusReason,
    ): Promise<ExchangePerson | null> {
      return inTransaction(db, async (trx) => {
        const exists = await trx
          .selectFrom('exchange_person')
          .select('id')
          .where('id', '=', id)
          .executeTakeFirst();
        if (!exists) return null;
        const row = await movePerson(trx, id, event, reason, actorOf(ctx));
        await appendAudit(trx, dialect, ctx, {
          action: 'exchange.person.status',
          entityType: 'exchange_person',
          entityId: id,
          summary: { event, to: row.status, reason: reason.params.text ?? reason.key },
        });
        return toExchangePerson(row);
      });
    },

    /** Moves one person by `event` inside the caller's transaction (a step of a workflow, e.g. a hand-over). */
    move: (
      ctx: WriteContext,
      personId: string,
      event: StatusEvent,
      reason: StatusReason,
      exchangeEventId: string | null = null,
    ): Promise<ExchangePersonRow> => movePerson(db, personId, event, reason, actorOf(ctx), exchangeEventId),

    /** The all-for-all plan over the two parties of the exchange (domain planAllForAll). */
    /**
     * The all-for-all plan over the two parties of the exchange (domain planAllForAll), read in SQL: everyone to
     * hand over, the number unresolved and the first `unresolvedShown` of them by name, never every person.
     */
    async plan(
      scope: PartyScope,
      partyIds: readonly [string, string],
      unresolvedShown = PLAN_UNRESOLVED_SHOWN,
    ): Promise<AllForAllPlan<ExchangePerson & PersonIdentity>> {
      const visible = () => whereVisible(db.selectFrom('exchange_person'), scope, 'exchange_person');
      const handOver = await visible()
        .selectAll()
        .where('status', 'in', TO_HAND_OVER)
        .where('holding_party_id', 'in', partyIds)
        .where('own_party_id', 'in', partyIds)
        .execute();
      const unresolved = await visible()
        .selectAll()
        .where('status', 'in', UNRESOLVED)
        .orderBy('display_name')
        .orderBy('id')
        .limit(unresolvedShown)
        .execute();
      const counted = await visible()
        .select((eb) => eb.fn.countAll().as('n'))
        .where('status', 'in', UNRESOLVED)
        .executeTakeFirstOrThrow();
      const persons = await withIdentities(db, [...handOver, ...unresolved], toExchangePerson);
      return planAllForAll(persons, partyIds, Number(counted.n));
    },

    /** The persons tied to these record keys (every person when `keys` is null), for a plan of changes. */
    tracked: (keys: { missing: string[]; held: string[] } | null): Promise<TrackedPerson[]> =>
      loadTrackedPersons(db, keys),

    /**
     * Writes a plan of changes (domain planPersonChanges) in the caller's transaction, or with `batchRows` in
     * batches of short transactions each closed by `onBatch`.
     */
    applyChanges: (
      actor: StatusActor,
      changes: readonly PersonChange[],
      opts?: Parameters<typeof writePersonChanges>[3],
    ) => writePersonChanges(db, actor, changes, opts),

    /** The ids of the entries that describe a person (for the page to show the list rows). */
    async entryIds(id: string): Promise<string[]> {
      const row = await db
        .selectFrom('exchange_person')
        .select('entry_ids')
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? fromJsonText<string[]>(row.entry_ids, []) : [];
    },
  };
}

export type ExchangePersonRepository = ReturnType<typeof createExchangePersonRepository>;
