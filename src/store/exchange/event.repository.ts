import { randomUUID } from 'node:crypto';
import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import type { Confirmer } from '../../domain/exchange/exchange-confirmation.js';
import { pastExchangeSteps } from '../../domain/exchange/person-changes.js';
import { whereVisible } from '../access/where-visible.js';
import { appendAudit } from '../audit/append-audit.js';
import { inChunks, insertRows } from '../batch-insert.js';
import type { DialectInfo } from '../dialect.js';
import { StoreError } from '../errors.js';
import { nowIso } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import type { ExchangeConfirmationRow, ExchangeEventRow } from './event.table.js';
import {
  type EventConfirmation,
  type EventToConfirm,
  type ExchangeCandidate,
  type ExchangeEventView,
  type NewExchangeEventRows,
  type PastExchange,
  PLACE_KINDS,
  type PlaceKind,
} from './event.types.js';
import { actorOf, recordStatusChange, toExchangePerson } from './person.repository.js';
import { withIdentities } from './person-identity.js';
import { exchangePartyIds } from './reconciliation.repository.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The parties taking part in an exchange, in order. */
async function eventParties(db: Db, eventId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('exchange_event_party')
    .select('party_id')
    .where('event_id', '=', eventId)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.party_id);
}

async function insertEvent(trx: Db, row: ExchangeEventRow, partyIds: readonly string[]): Promise<void> {
  await trx.insertInto('exchange_event').values(row).execute();
  await insertRows(
    trx,
    'exchange_event_party',
    partyIds.map((partyId, position) => ({ event_id: row.id, party_id: partyId, position })),
  );
}

const confirmerKey = (confirmer: Confirmer) =>
  confirmer.kind === 'coordinator' ? 'coordinator' : `party:${confirmer.partyId}`;

function confirmationRow(
  eventId: string,
  confirmer: Confirmer,
  by: { userId: string | null; username: string },
  at: string,
): ExchangeConfirmationRow {
  return {
    id: randomUUID(),
    event_id: eventId,
    confirmer: confirmerKey(confirmer),
    kind: confirmer.kind,
    party_id: confirmer.kind === 'party' ? confirmer.partyId : null,
    by_user_id: by.userId,
    by: by.username,
    at,
  };
}

function toConfirmer(row: ExchangeConfirmationRow): Confirmer {
  return row.kind === 'coordinator'
    ? { kind: 'coordinator' }
    : { kind: 'party', partyId: row.party_id ?? '' };
}

function toConfirmation(row: ExchangeConfirmationRow): EventConfirmation {
  return { kind: row.kind as 'party' | 'coordinator', partyId: row.party_id, by: row.by, at: row.at };
}

export function createExchangeEventRepository(db: Db, dialect: DialectInfo) {
  async function view(trx: Db, row: ExchangeEventRow): Promise<ExchangeEventView> {
    const persons = await trx
      .selectFrom('exchange_event_person')
      .innerJoin('exchange_person', 'exchange_person.id', 'exchange_event_person.person_id')
      .selectAll('exchange_person')
      .select(['exchange_event_person.from_party_id', 'exchange_event_person.to_party_id'])
      .where('exchange_event_person.event_id', '=', row.id)
      .orderBy('exchange_person.display_name')
      .execute();
    const confirmations = await trx
      .selectFrom('exchange_confirmation')
      .selectAll()
      .where('event_id', '=', row.id)
      .orderBy('at')
      .execute();
    return {
      id: row.id,
      date: row.date,
      place: row.place,
      placeKind: row.place_kind as PlaceKind,
      partyIds: await eventParties(trx, row.id),
      persons: await withIdentities(trx, persons, (p) => ({
        ...toExchangePerson(p),
        fromPartyId: p.from_party_id,
        toPartyId: p.to_party_id,
      })),
      confirmations: confirmations.map(toConfirmation),
      complete: row.completed_at !== null,
      completedAt: row.completed_at,
    };
  }

  return {
    /** The persons asked for, each with whether a planned (not yet completed) exchange already includes them. */
    async candidates(personIds: readonly string[]): Promise<Map<string, ExchangeCandidate>> {
      const found = new Map<string, ExchangeCandidate>();
      for (const ids of inChunks([...personIds])) {
        const rows = await db.selectFrom('exchange_person').selectAll().where('id', 'in', ids).execute();
        const busy = await db
          .selectFrom('exchange_event_person')
          .innerJoin('exchange_event', 'exchange_event.id', 'exchange_event_person.event_id')
          .select('exchange_event_person.person_id')
          .where('exchange_event_person.person_id', 'in', ids)
          .where('exchange_event.completed_at', 'is', null)
          .execute();
        const planned = new Set(busy.map((b) => b.person_id));
        for (const row of rows) {
          found.set(row.id, { person: toExchangePerson(row), inPlannedExchange: planned.has(row.id) });
        }
      }
      return found;
    },

    /** Writes a planned exchange: when, where, its parties and who goes from which party to which. */
    async create(ctx: WriteContext, input: NewExchangeEventRows): Promise<string> {
      const problems: { path: string; message: string }[] = [];
      if (!DATE.test(input.date) || Number.isNaN(Date.parse(input.date))) {
        problems.push({ path: 'date', message: 'use YYYY-MM-DD' });
      }
      if (!input.place.trim()) problems.push({ path: 'place', message: 'cannot be empty' });
      if (!(PLACE_KINDS as readonly string[]).includes(input.placeKind)) {
        problems.push({ path: 'placeKind', message: PLACE_KINDS.join(', ') });
      }
      if (input.persons.length === 0)
        problems.push({ path: 'personIds', message: 'name at least one person' });
      if (problems.length > 0) throw new StoreError('invalid', 'The exchange is not valid', problems);
      return inTransaction(db, async (trx) => {
        const row: ExchangeEventRow = {
          id: randomUUID(),
          date: input.date,
          place: input.place.trim(),
          place_kind: input.placeKind,
          created_by: ctx.actor.username,
          created_at: nowIso(),
          completed_at: null,
        };
        await insertEvent(trx, row, input.partyIds);
        await insertRows(
          trx,
          'exchange_event_person',
          input.persons.map((p) => ({
            event_id: row.id,
            person_id: p.personId,
            from_party_id: p.fromPartyId,
            to_party_id: p.toPartyId,
          })),
        );
        await appendAudit(trx, dialect, ctx, {
          action: 'exchange.event.create',
          entityType: 'exchange_event',
          entityId: row.id,
          summary: {
            date: row.date,
            place: row.place,
            placeKind: row.place_kind,
            persons: input.persons.length,
          },
        });
        return row.id;
      });
    },

    /**
     * Records an exchange that already took place (history, the demo): its persons, who confirmed it and when,
     * each person's path to handed over. One transaction, one audit entry.
     */
    async recordPast(ctx: WriteContext, past: PastExchange): Promise<ExchangeEventView> {
      return inTransaction(db, async (trx) => {
        const partyIds = await exchangePartyIds(trx);
        const id = randomUUID();
        const at = `${past.date}T12:00:00.000Z`;
        const row: ExchangeEventRow = {
          id,
          date: past.date,
          place: past.place,
          place_kind: past.placeKind,
          created_by: ctx.actor.username,
          created_at: `${past.date}T06:00:00.000Z`,
          completed_at: at,
        };
        await insertEvent(trx, row, partyIds);
        const actor = actorOf(ctx);
        const path = pastExchangeSteps(past.date);
        for (const person of past.persons) {
          const personId = randomUUID();
          await trx
            .insertInto('exchange_person')
            .values({
              id: personId,
              own_party_id: person.ownPartyId,
              holding_party_id: person.holdingPartyId,
              display_name: person.displayName,
              status: 'handed_over',
              missing_key: null,
              held_key: null,
              entry_ids: '[]',
              created_at: path.length > 0 ? past.steps[0] : at,
              updated_at: at,
            })
            .execute();
          for (const [index, { from, to, event, reason }] of path.entries()) {
            await recordStatusChange(trx, {
              personId,
              from,
              to,
              event,
              reason,
              actor,
              exchangeEventId: index >= 3 ? id : null,
              at: index === path.length - 1 ? at : past.steps[Math.min(index, past.steps.length - 1)],
            });
          }
          await trx
            .insertInto('exchange_event_person')
            .values({
              event_id: id,
              person_id: personId,
              from_party_id: person.holdingPartyId,
              to_party_id: person.ownPartyId,
            })
            .execute();
        }
        for (const confirmation of past.confirmations) {
          const confirmer: Confirmer =
            confirmation.partyId === null
              ? { kind: 'coordinator' }
              : { kind: 'party', partyId: confirmation.partyId };
          await trx
            .insertInto('exchange_confirmation')
            .values(
              confirmationRow(
                id,
                confirmer,
                { userId: confirmation.userId, username: confirmation.username },
                confirmation.at,
              ),
            )
            .execute();
        }
        await appendAudit(trx, dialect, ctx, {
          action: 'exchange.event.record',
          entityType: 'exchange_event',
          entityId: id,
          summary: { date: past.date, place: past.place, persons: past.persons.length },
        });
        return view(trx, row);
      });
    },

    async list(scope: PartyScope): Promise<ExchangeEventView[]> {
      const rows = await whereVisible(db.selectFrom('exchange_event').selectAll(), scope, 'exchange_event')
        .orderBy('date', 'desc')
        .execute();
      return Promise.all(rows.map((row) => view(db, row)));
    },

    async findById(scope: PartyScope, id: string): Promise<ExchangeEventView | null> {
      const row = await whereVisible(db.selectFrom('exchange_event').selectAll(), scope, 'exchange_event')
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? view(db, row) : null;
    },

    /**
     * An exchange as its confirmation needs it (parties, who confirmed, persons), when this reader may see it.
     * Locked on PostgreSQL, so that two last confirmations at once cannot both miss completing it: call it in the
     * transaction that records the confirmation.
     */
    async forConfirmation(scope: PartyScope, id: string): Promise<EventToConfirm | null> {
      const row = await whereVisible(db.selectFrom('exchange_event').selectAll(), scope, 'exchange_event')
        .where('id', '=', id)
        .$if(dialect.name === 'postgres', (qb) => qb.forUpdate())
        .executeTakeFirst();
      if (!row) return null;
      const confirmations = await db
        .selectFrom('exchange_confirmation')
        .selectAll()
        .where('event_id', '=', id)
        .execute();
      const persons = await db
        .selectFrom('exchange_event_person')
        .select('person_id')
        .where('event_id', '=', id)
        .execute();
      return {
        id,
        date: row.date,
        place: row.place,
        partyIds: await eventParties(db, id),
        confirmedBy: confirmations.map(toConfirmer),
        personIds: persons.map((p) => p.person_id),
      };
    },

    /** Records one confirmation (and the exchange complete, when it is the last), with its audit entry. */
    async recordConfirmation(
      ctx: WriteContext,
      id: string,
      confirmer: Confirmer,
      complete: boolean,
    ): Promise<ExchangeEventView> {
      return inTransaction(db, async (trx) => {
        const at = nowIso();
        await trx
          .insertInto('exchange_confirmation')
          .values(confirmationRow(id, confirmer, ctx.actor, at))
          .execute();
        if (complete) {
          await trx.updateTable('exchange_event').set({ completed_at: at }).where('id', '=', id).execute();
        }
        await appendAudit(trx, dialect, ctx, {
          action: 'exchange.event.confirm',
          entityType: 'exchange_event',
          entityId: id,
          summary: { confirmer: confirmerKey(confirmer), complete },
        });
        const row = await trx
          .selectFrom('exchange_event')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        return view(trx, row);
      });
    },
  };
}

export type ExchangeEventRepository = ReturnType<typeof createExchangeEventRepository>;
