import { randomUUID } from 'node:crypto';
import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import type { Acknowledgement, AcknowledgementAnswer, MovementStatus } from '../../domain/corridor/types.js';
import { whereVisible } from '../access/where-visible.js';
import { appendAudit } from '../audit/append-audit.js';
import { insertRows } from '../batch-insert.js';
import type { DialectInfo } from '../dialect.js';
import { StoreError } from '../errors.js';
import { nowIso } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import type { CorridorMovementRow } from './movement.table.js';
import type {
  MovementChange,
  MovementDetails,
  MovementKind,
  MovementToChange,
  MovementView,
} from './movement.types.js';

function detailColumns(details: MovementDetails) {
  return {
    kind: details.kind,
    reference: details.reference.trim(),
    from_place_id: details.fromPlaceId,
    to_place_id: details.toPlaceId,
    window_start: details.windowStart,
    window_end: details.windowEnd,
    vehicles: details.vehicles,
    people: details.people,
    cargo_summary: details.cargoSummary.trim(),
    escort: details.escort.trim(),
  };
}

async function notifiedParties(db: Db, movementId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('corridor_movement_party')
    .select('party_id')
    .where('movement_id', '=', movementId)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.party_id);
}

/** The step to write with a status change: from, to, the event, why. */
export interface StatusStep {
  from: MovementStatus | null;
  to: MovementStatus;
  event: MovementChange['event'];
  reason: string | null;
}

export function createMovementRepository(db: Db, dialect: DialectInfo) {
  async function view(trx: Db, scope: PartyScope, row: CorridorMovementRow): Promise<MovementView> {
    const answers = await trx
      .selectFrom('corridor_movement_answer')
      .selectAll()
      .where('movement_id', '=', row.id)
      .where('round', '=', row.round)
      // A liaison sees its own party's answers, not what the other side said.
      .$if(scope.role === 'liaison', (qb) => qb.where('party_id', '=', scope.partyId ?? ''))
      .orderBy('at')
      .execute();
    const history = await trx
      .selectFrom('corridor_movement_change')
      .selectAll()
      .where('movement_id', '=', row.id)
      .orderBy('at')
      .orderBy('id')
      .execute();
    return {
      id: row.id,
      kind: row.kind as MovementKind,
      reference: row.reference,
      fromPlaceId: row.from_place_id,
      toPlaceId: row.to_place_id,
      windowStart: row.window_start,
      windowEnd: row.window_end,
      vehicles: row.vehicles,
      people: row.people,
      cargoSummary: row.cargo_summary,
      escort: row.escort,
      status: row.status as MovementStatus,
      round: row.round,
      version: row.version,
      notifiedPartyIds: await notifiedParties(trx, row.id),
      answers: answers.map((a) => ({
        partyId: a.party_id,
        answer: a.answer as AcknowledgementAnswer,
        reason: a.reason,
        by: a.by,
        at: a.at,
      })),
      history: history.map((h) => ({
        from: h.from_status as MovementStatus | null,
        to: h.to_status as MovementStatus,
        event: h.event as MovementChange['event'],
        reason: h.reason,
        by: h.by,
        at: h.at,
      })),
      createdBy: row.created_by,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  async function recordChange(trx: Db, ctx: WriteContext, movementId: string, step: StatusStep, at: string) {
    await trx
      .insertInto('corridor_movement_change')
      .values({
        id: randomUUID(),
        movement_id: movementId,
        from_status: step.from,
        to_status: step.to,
        event: step.event,
        reason: step.reason,
        by_user_id: ctx.actor.userId,
        by: ctx.actor.username,
        at,
      })
      .execute();
  }

  async function visibleRow(scope: PartyScope, id: string, lock = false) {
    return whereVisible(db.selectFrom('corridor_movement').selectAll(), scope, 'corridor_movement')
      .where('id', '=', id)
      .$if(lock && dialect.name === 'postgres', (qb) => qb.forUpdate())
      .executeTakeFirst();
  }

  return {
    /** Writes a planned movement with the first line of its history. */
    async create(ctx: WriteContext, details: MovementDetails, at: string = nowIso()): Promise<string> {
      return inTransaction(db, async (trx) => {
        const id = randomUUID();
        await trx
          .insertInto('corridor_movement')
          .values({
            id,
            ...detailColumns(details),
            status: 'planned',
            round: 0,
            version: 1,
            created_by: ctx.actor.username,
            created_at: at,
            updated_at: at,
          })
          .execute();
        await recordChange(trx, ctx, id, { from: null, to: 'planned', event: 'plan', reason: null }, at);
        await appendAudit(trx, dialect, ctx, {
          action: 'corridor.movement.plan',
          entityType: 'corridor_movement',
          entityId: id,
          summary: { reference: details.reference, from: details.fromPlaceId, to: details.toPlaceId },
        });
        return id;
      });
    },

    /** The visible movements, latest window first; `overlapping`: only those whose window meets [from, to). */
    async list(
      scope: PartyScope,
      opts: { limit?: number; overlapping?: { from: string; to: string } } = {},
    ): Promise<MovementView[]> {
      const { overlapping } = opts;
      const rows = await whereVisible(
        db.selectFrom('corridor_movement').selectAll(),
        scope,
        'corridor_movement',
      )
        .$if(overlapping !== undefined, (qb) =>
          qb
            .where('window_start', '<', overlapping?.to ?? '')
            .where('window_end', '>=', overlapping?.from ?? ''),
        )
        .orderBy('window_start', 'desc')
        .limit(opts.limit ?? 500)
        .execute();
      return Promise.all(rows.map((row) => view(db, scope, row)));
    },

    async findById(scope: PartyScope, id: string): Promise<MovementView | null> {
      const row = await visibleRow(scope, id);
      return row ? view(db, scope, row) : null;
    },

    /**
     * A movement as a workflow step needs it, when this reader may see it: its status, round, the parties notified
     * and every answer of the round. Locked on PostgreSQL: call it in the transaction of the step.
     */
    async forChange(scope: PartyScope, id: string): Promise<MovementToChange | null> {
      const row = await visibleRow(scope, id, true);
      if (!row) return null;
      const answers = await db
        .selectFrom('corridor_movement_answer')
        .selectAll()
        .where('movement_id', '=', id)
        .where('round', '=', row.round)
        .execute();
      return {
        id,
        status: row.status as MovementStatus,
        round: row.round,
        version: row.version,
        notifiedPartyIds: await notifiedParties(db, id),
        answers: answers.map(
          (a): Acknowledgement => ({
            partyId: a.party_id,
            answer: a.answer as AcknowledgementAnswer,
            reason: a.reason,
            at: a.at,
          }),
        ),
      };
    },

    /**
     * Writes a status step (and, for a notification, the parties notified and a new round; for an edit, the new
     * details), its line of history and its audit entry. `expectedVersion` refuses a write made on an old reading.
     */
    async step(
      ctx: WriteContext,
      scope: PartyScope,
      id: string,
      step: StatusStep,
      opts: {
        expectedVersion?: number;
        details?: MovementDetails;
        notify?: readonly string[];
        at?: string;
      } = {},
    ): Promise<MovementView> {
      return inTransaction(db, async (trx) => {
        const at = opts.at ?? nowIso();
        const current = await trx
          .selectFrom('corridor_movement')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        if (opts.expectedVersion !== undefined && current.version !== opts.expectedVersion) {
          throw new StoreError('conflict', 'The movement was changed meanwhile; read it again', [
            { path: 'version', message: `now ${current.version}` },
          ]);
        }
        const newRound = opts.notify !== undefined;
        await trx
          .updateTable('corridor_movement')
          .set({
            ...(opts.details ? detailColumns(opts.details) : {}),
            status: step.to,
            round: newRound ? current.round + 1 : current.round,
            version: current.version + 1,
            updated_at: at,
          })
          .where('id', '=', id)
          .execute();
        if (opts.notify !== undefined) {
          await trx.deleteFrom('corridor_movement_party').where('movement_id', '=', id).execute();
          await insertRows(
            trx,
            'corridor_movement_party',
            opts.notify.map((partyId, position) => ({ movement_id: id, party_id: partyId, position })),
          );
        }
        await recordChange(trx, ctx, id, step, at);
        await appendAudit(trx, dialect, ctx, {
          action: `corridor.movement.${step.event}`,
          entityType: 'corridor_movement',
          entityId: id,
          summary: {
            from: step.from,
            to: step.to,
            ...(step.reason ? { reason: step.reason } : {}),
            ...(opts.notify ? { notified: [...opts.notify] } : {}),
          },
        });
        const row = await trx
          .selectFrom('corridor_movement')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        return view(trx, scope, row);
      });
    },

    /** Records one party's answer to the current round, with its audit entry. */
    async recordAnswer(
      ctx: WriteContext,
      movementId: string,
      round: number,
      answer: { partyId: string; answer: AcknowledgementAnswer; reason: string | null },
      at: string = nowIso(),
    ): Promise<Acknowledgement> {
      return inTransaction(db, async (trx) => {
        await trx
          .insertInto('corridor_movement_answer')
          .values({
            id: randomUUID(),
            movement_id: movementId,
            round,
            party_id: answer.partyId,
            answer: answer.answer,
            reason: answer.reason,
            by_user_id: ctx.actor.userId,
            by: ctx.actor.username,
            at,
          })
          .execute();
        await appendAudit(trx, dialect, ctx, {
          action: 'corridor.movement.answer',
          entityType: 'corridor_movement',
          entityId: movementId,
          summary: { party: answer.partyId, answer: answer.answer, round, reason: answer.reason },
        });
        return { ...answer, at };
      });
    },
  };
}

export type MovementRepository = ReturnType<typeof createMovementRepository>;
