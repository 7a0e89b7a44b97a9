import { randomUUID } from 'node:crypto';
import { type PartyScope, SYSTEM_SCOPE, type WriteContext } from '../../domain/access/types.js';
import type { Confirmer } from '../../domain/exchange/exchange-confirmation.js';
import {
  availableEventSteps,
  EVENT_STATUSES,
  type EventStatus,
  holdsItsPersons,
  type NotHandedOverReason,
  type PersonOutcome,
  type PersonOutcomeKind,
} from '../../domain/exchange/exchange-event.js';
import { pastExchangeSteps } from '../../domain/exchange/person-changes.js';
import { whereVisible } from '../access/where-visible.js';
import { appendAudit } from '../audit/append-audit.js';
import { inChunks, insertRows } from '../batch-insert.js';
import type { DialectInfo } from '../dialect.js';
import { StoreError } from '../errors.js';
import { nowIso, toCount } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import type { ExchangeConfirmationRow, ExchangeEventPersonRow, ExchangeEventRow } from './event.table.js';
import {
  type EventConfirmation,
  type EventForStep,
  type ExchangeCandidate,
  type ExchangeEventView,
  type NewExchangeEventRows,
  type PastExchange,
  PLACE_KINDS,
  type PlaceKind,
} from './event.types.js';
import { actorOf, recordStatusChange, toExchangePerson } from './person.repository.js';
import { withIdentities } from './person-identity.js';
import { storedNames } from './person-names.js';
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

/** The two rounds of confirmations: of the plan, and of the outcome of the day. */
export type ConfirmationStage = 'plan' | 'outcome';
const CONFIRMATION_TABLE = {
  plan: 'exchange_confirmation',
  outcome: 'exchange_outcome_confirmation',
} as const satisfies Record<ConfirmationStage, string>;

/** Exchanges whose persons are still bound to them. */
const HOLDING_STATUSES: readonly EventStatus[] = EVENT_STATUSES.filter(holdsItsPersons);

function toOutcome(row: Pick<ExchangeEventPersonRow, 'outcome' | 'outcome_reason' | 'outcome_note'>) {
  if (row.outcome === null) return null;
  return {
    outcome: row.outcome as PersonOutcomeKind,
    reason: row.outcome_reason as NotHandedOverReason | null,
    note: row.outcome_note,
  };
}

type EventRow = ExchangeEventRow;

export function createExchangeEventRepository(db: Db, dialect: DialectInfo) {
  const confirmationsOf = (trx: Db, stage: ConfirmationStage, eventId: string) =>
    trx
      .selectFrom(CONFIRMATION_TABLE[stage])
      .selectAll()
      .where('event_id', '=', eventId)
      .orderBy('at')
      .execute();

  async function view(trx: Db, row: EventRow, scope: PartyScope): Promise<ExchangeEventView> {
    const persons = await trx
      .selectFrom('exchange_event_person')
      .innerJoin('exchange_person', 'exchange_person.id', 'exchange_event_person.person_id')
      .selectAll('exchange_person')
      .select([
        'exchange_event_person.from_party_id',
        'exchange_event_person.to_party_id',
        'exchange_event_person.outcome',
        'exchange_event_person.outcome_reason',
        'exchange_event_person.outcome_note',
      ])
      .where('exchange_event_person.event_id', '=', row.id)
      .orderBy('exchange_person.display_name')
      .execute();
    const planConfirmations = await confirmationsOf(trx, 'plan', row.id);
    const outcomeConfirmations = await confirmationsOf(trx, 'outcome', row.id);
    const partyIds = await eventParties(trx, row.id);
    const status = row.status as EventStatus;
    return {
      id: row.id,
      date: row.date,
      place: row.place,
      placeKind: row.place_kind as PlaceKind,
      status,
      partyIds,
      persons: await withIdentities(trx, persons, (p) => ({
        ...toExchangePerson(p),
        fromPartyId: p.from_party_id,
        toPartyId: p.to_party_id,
        outcome: toOutcome(p),
      })),
      confirmations: planConfirmations.map(toConfirmation),
      carriedOut:
        row.carried_out_at !== null ? { at: row.carried_out_at, by: row.carried_out_by ?? '' } : null,
      outcomeConfirmations: outcomeConfirmations.map(toConfirmation),
      cancelled:
        row.cancelled_at !== null
          ? { at: row.cancelled_at, by: row.cancelled_by ?? '', reason: row.cancel_reason ?? '' }
          : null,
      complete: status === 'completed',
      completedAt: row.completed_at,
      steps: availableEventSteps(
        {
          status,
          partyIds,
          planConfirmedBy: planConfirmations.map(toConfirmer),
          outcomeConfirmedBy: outcomeConfirmations.map(toConfirmer),
        },
        scope,
      ),
    };
  }

  const eventRow = (trx: Db, id: string) =>
    trx.selectFrom('exchange_event').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  /** The step's write is done: its audit entry, then the exchange as this reader now sees it. */
  async function afterStep(
    trx: Db,
    ctx: WriteContext,
    scope: PartyScope,
    id: string,
    action: string,
    summary: Parameters<typeof appendAudit>[3]['summary'],
  ): Promise<ExchangeEventView> {
    await appendAudit(trx, dialect, ctx, { action, entityType: 'exchange_event', entityId: id, summary });
    return view(trx, await eventRow(trx, id), scope);
  }

  return {
    /**
     * The persons asked for, each with whether an exchange not yet completed or cancelled (other than `exceptEventId`)
     * already includes them.
     */
    async candidates(
      personIds: readonly string[],
      exceptEventId: string | null = null,
    ): Promise<Map<string, ExchangeCandidate>> {
      const found = new Map<string, ExchangeCandidate>();
      for (const ids of inChunks([...personIds])) {
        const rows = await db.selectFrom('exchange_person').selectAll().where('id', 'in', ids).execute();
        const busy = await db
          .selectFrom('exchange_event_person')
          .innerJoin('exchange_event', 'exchange_event.id', 'exchange_event_person.event_id')
          .select('exchange_event_person.person_id')
          .where('exchange_event_person.person_id', 'in', ids)
          .where('exchange_event.status', 'in', HOLDING_STATUSES)
          .$if(exceptEventId !== null, (qb) => qb.where('exchange_event.id', '<>', exceptEventId!))
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
      const problems = planProblems(input);
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
          status: 'planned',
          carried_out_at: null,
          carried_out_by: null,
          cancelled_at: null,
          cancelled_by: null,
          cancel_reason: null,
        };
        await insertEvent(trx, row, input.partyIds);
        await insertRows(trx, 'exchange_event_person', personRows(row.id, input.persons));
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
     * Records an exchange that already took place (history, the demo): its persons, who confirmed its plan and its
     * outcome and when, each person handed over and their path to it. One transaction, one audit entry.
     */
    async recordPast(ctx: WriteContext, past: PastExchange): Promise<ExchangeEventView> {
      return inTransaction(db, async (trx) => {
        const partyIds = await exchangePartyIds(trx);
        const id = randomUUID();
        const at = `${past.date}T12:00:00.000Z`;
        const row: EventRow = {
          id,
          date: past.date,
          place: past.place,
          place_kind: past.placeKind,
          status: 'completed',
          created_by: ctx.actor.username,
          created_at: past.steps[2],
          completed_at: past.outcomeConfirmations.at(-1)?.at ?? at,
          carried_out_at: past.carriedOutAt,
          carried_out_by: ctx.actor.username,
          cancelled_at: null,
          cancelled_by: null,
          cancel_reason: null,
        };
        await insertEvent(trx, row, partyIds);
        const actor = actorOf(ctx);
        const path = pastExchangeSteps(past.date, past.place);
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
              ...storedNames(person.displayName),
              created_at: path.length > 0 ? past.steps[0] : at,
              updated_at: row.completed_at ?? at,
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
              at: index === path.length - 1 ? (row.completed_at ?? at) : past.steps[Math.min(index, 2)],
            });
          }
          await trx
            .insertInto('exchange_event_person')
            .values({
              event_id: id,
              person_id: personId,
              from_party_id: person.holdingPartyId,
              to_party_id: person.ownPartyId,
              outcome: 'handed_over',
            })
            .execute();
        }
        for (const [stage, confirmations] of [
          ['plan', past.confirmations],
          ['outcome', past.outcomeConfirmations],
        ] as const) {
          for (const confirmation of confirmations) {
            const confirmer: Confirmer =
              confirmation.partyId === null
                ? { kind: 'coordinator' }
                : { kind: 'party', partyId: confirmation.partyId };
            await trx
              .insertInto(CONFIRMATION_TABLE[stage])
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
        }
        await appendAudit(trx, dialect, ctx, {
          action: 'exchange.event.record',
          entityType: 'exchange_event',
          entityId: id,
          summary: { date: past.date, place: past.place, persons: past.persons.length },
        });
        return view(trx, row, SYSTEM_SCOPE);
      });
    },

    async list(scope: PartyScope): Promise<ExchangeEventView[]> {
      const rows = await whereVisible(db.selectFrom('exchange_event').selectAll(), scope, 'exchange_event')
        .orderBy('date', 'desc')
        .orderBy('created_at', 'desc')
        .execute();
      return Promise.all(rows.map((row) => view(db, row, scope)));
    },

    async findById(scope: PartyScope, id: string): Promise<ExchangeEventView | null> {
      const row = await whereVisible(db.selectFrom('exchange_event').selectAll(), scope, 'exchange_event')
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? view(db, row, scope) : null;
    },

    /** How many exchanges this reader sees in each status (for what the plan waits for). */
    async countByStatus(scope: PartyScope): Promise<Partial<Record<EventStatus, number>>> {
      const rows = await whereVisible(
        db.selectFrom('exchange_event').select((eb) => ['status', eb.fn.countAll().as('n')]),
        scope,
        'exchange_event',
      )
        .groupBy('status')
        .execute();
      return Object.fromEntries(rows.map((r) => [r.status, toCount(r.n as number | string | bigint)]));
    },

    /**
     * An exchange as its steps need it (status, parties, who confirmed the plan and the outcome, persons and their
     * outcome), when this reader may see it. Locked on PostgreSQL, so that two steps at once (two last
     * confirmations, a confirmation and an edit) cannot both read the same state: call it in the transaction that
     * writes the step.
     */
    async forStep(scope: PartyScope, id: string): Promise<EventForStep | null> {
      const row = await whereVisible(db.selectFrom('exchange_event').selectAll(), scope, 'exchange_event')
        .where('id', '=', id)
        .$if(dialect.name === 'postgres', (qb) => qb.forUpdate())
        .executeTakeFirst();
      if (!row) return null;
      const persons = await db
        .selectFrom('exchange_event_person')
        .select(['person_id', 'outcome', 'outcome_reason', 'outcome_note'])
        .where('event_id', '=', id)
        .orderBy('person_id')
        .execute();
      return {
        id,
        date: row.date,
        place: row.place,
        placeKind: row.place_kind as PlaceKind,
        status: row.status as EventStatus,
        partyIds: await eventParties(db, id),
        planConfirmedBy: (await confirmationsOf(db, 'plan', id)).map(toConfirmer),
        outcomeConfirmedBy: (await confirmationsOf(db, 'outcome', id)).map(toConfirmer),
        personIds: persons.map((p) => p.person_id),
        outcomes: persons.flatMap((p): PersonOutcome[] => {
          const outcome = toOutcome(p);
          return outcome ? [{ personId: p.person_id, ...outcome }] : [];
        }),
      };
    },

    /**
     * Records one confirmation of the plan or of the outcome, and the exchange's status after it (confirmed, or
     * completed when it is the last of the outcome), with its audit entry.
     */
    async recordConfirmation(
      ctx: WriteContext,
      scope: PartyScope,
      id: string,
      stage: ConfirmationStage,
      confirmer: Confirmer,
      status: EventStatus,
    ): Promise<ExchangeEventView> {
      return inTransaction(db, async (trx) => {
        const at = nowIso();
        await trx
          .insertInto(CONFIRMATION_TABLE[stage])
          .values(confirmationRow(id, confirmer, ctx.actor, at))
          .execute();
        await trx
          .updateTable('exchange_event')
          .set({ status, ...(status === 'completed' ? { completed_at: at } : {}) })
          .where('id', '=', id)
          .execute();
        return afterStep(
          trx,
          ctx,
          scope,
          id,
          `exchange.event.confirm${stage === 'outcome' ? '_outcome' : ''}`,
          {
            confirmer: confirmerKey(confirmer),
            status,
          },
        );
      });
    },

    /**
     * Writes an edited plan: when, where, who goes (persons taken out, persons added); its confirmations are
     * withdrawn and it is planned again.
     */
    async edit(
      ctx: WriteContext,
      scope: PartyScope,
      id: string,
      input: {
        date: string;
        place: string;
        placeKind: PlaceKind;
        added: NewExchangeEventRows['persons'];
        removed: readonly string[];
      },
    ): Promise<ExchangeEventView> {
      const problems = planProblems(input);
      if (problems.length > 0) throw new StoreError('invalid', 'The exchange is not valid', problems);
      return inTransaction(db, async (trx) => {
        await trx
          .updateTable('exchange_event')
          .set({
            date: input.date,
            place: input.place.trim(),
            place_kind: input.placeKind,
            status: 'planned',
          })
          .where('id', '=', id)
          .execute();
        for (const ids of inChunks([...input.removed])) {
          await trx
            .deleteFrom('exchange_event_person')
            .where('event_id', '=', id)
            .where('person_id', 'in', ids)
            .execute();
        }
        await insertRows(trx, 'exchange_event_person', personRows(id, input.added));
        const withdrawn = await trx
          .deleteFrom('exchange_confirmation')
          .where('event_id', '=', id)
          .executeTakeFirst();
        return afterStep(trx, ctx, scope, id, 'exchange.event.edit', {
          date: input.date,
          place: input.place.trim(),
          placeKind: input.placeKind,
          added: input.added.length,
          removed: input.removed.length,
          confirmationsWithdrawn: Number(withdrawn.numDeletedRows),
        });
      });
    },

    /** Cancels a planned or confirmed exchange, saying who, when and why. */
    async cancel(
      ctx: WriteContext,
      scope: PartyScope,
      id: string,
      reason: string,
    ): Promise<ExchangeEventView> {
      const text = reason.trim();
      if (!text)
        throw new StoreError('invalid', 'Say why the exchange is cancelled', [
          { path: 'reason', message: 'cannot be empty' },
        ]);
      return inTransaction(db, async (trx) => {
        await trx
          .updateTable('exchange_event')
          .set({
            status: 'cancelled',
            cancelled_at: nowIso(),
            cancelled_by: ctx.actor.username,
            cancel_reason: text,
          })
          .where('id', '=', id)
          .execute();
        return afterStep(trx, ctx, scope, id, 'exchange.event.cancel', { reason: text });
      });
    },

    /**
     * Records what happened on the day, person by person (domain outcomeProblems checked by the caller): the
     * exchange is carried out, and any confirmations of an outcome recorded before are withdrawn.
     */
    async recordOutcome(
      ctx: WriteContext,
      scope: PartyScope,
      id: string,
      outcomes: readonly PersonOutcome[],
    ): Promise<ExchangeEventView> {
      return inTransaction(db, async (trx) => {
        for (const o of outcomes) {
          await trx
            .updateTable('exchange_event_person')
            .set({ outcome: o.outcome, outcome_reason: o.reason, outcome_note: o.note?.trim() || null })
            .where('event_id', '=', id)
            .where('person_id', '=', o.personId)
            .execute();
        }
        await trx
          .updateTable('exchange_event')
          .set({ status: 'carried_out', carried_out_at: nowIso(), carried_out_by: ctx.actor.username })
          .where('id', '=', id)
          .execute();
        const withdrawn = await trx
          .deleteFrom('exchange_outcome_confirmation')
          .where('event_id', '=', id)
          .executeTakeFirst();
        const reasons: Record<string, number> = {};
        for (const o of outcomes) if (o.reason) reasons[o.reason] = (reasons[o.reason] ?? 0) + 1;
        return afterStep(trx, ctx, scope, id, 'exchange.event.carry_out', {
          handedOver: outcomes.filter((o) => o.outcome === 'handed_over').length,
          notHandedOver: outcomes.filter((o) => o.outcome === 'not_handed_over').length,
          reasons,
          confirmationsWithdrawn: Number(withdrawn.numDeletedRows),
        });
      });
    },
  };
}

/** The problems of an exchange's when and where, each naming its field. */
function planProblems(input: {
  date: string;
  place: string;
  placeKind: string;
}): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (!DATE.test(input.date) || Number.isNaN(Date.parse(input.date))) {
    problems.push({ path: 'date', message: 'use YYYY-MM-DD' });
  }
  if (!input.place.trim()) problems.push({ path: 'place', message: 'cannot be empty' });
  if (!(PLACE_KINDS as readonly string[]).includes(input.placeKind)) {
    problems.push({ path: 'placeKind', message: PLACE_KINDS.join(', ') });
  }
  return problems;
}

function personRows(eventId: string, persons: NewExchangeEventRows['persons']) {
  return persons.map((p) => ({
    event_id: eventId,
    person_id: p.personId,
    from_party_id: p.fromPartyId,
    to_party_id: p.toPartyId,
  }));
}

export type ExchangeEventRepository = ReturnType<typeof createExchangeEventRepository>;
