import { randomUUID } from 'node:crypto';
import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import type { CargoCategory, CargoLine } from '../../domain/corridor/types.js';
import { whereVisible } from '../access/where-visible.js';
import { appendAudit } from '../audit/append-audit.js';
import { insertRows } from '../batch-insert.js';
import type { DialectInfo } from '../dialect.js';
import { StoreError } from '../errors.js';
import { nowIso } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import type { ConsignmentLineRow, ConsignmentRow } from './cargo.table.js';

export interface NewConsignment {
  reference: string;
  sender: string;
  receiver: string;
  fromPlaceId: string;
  toPlaceId: string;
  movementId: string | null;
  dispatchedOn: string;
  lines: Omit<CargoLine, 'received'>[];
}

export interface Consignment extends Omit<NewConsignment, 'lines'> {
  id: string;
  receivedOn: string | null;
  lossNote: string | null;
  lines: CargoLine[];
  createdBy: string;
  receivedBy: string | null;
}

function toLine(row: ConsignmentLineRow): CargoLine {
  return {
    category: row.category as CargoCategory,
    description: row.description,
    quantity: row.quantity,
    unit: row.unit,
    weightKg: Number(row.weight_kg),
    received: row.good === null ? null : { good: row.good, damaged: row.damaged ?? 0, lost: row.lost ?? 0 },
  };
}

function toConsignment(row: ConsignmentRow, lines: ConsignmentLineRow[]): Consignment {
  return {
    id: row.id,
    reference: row.reference,
    sender: row.sender,
    receiver: row.receiver,
    fromPlaceId: row.from_place_id,
    toPlaceId: row.to_place_id,
    movementId: row.movement_id,
    dispatchedOn: row.dispatched_on,
    receivedOn: row.received_on,
    lossNote: row.loss_note,
    lines: lines.sort((a, b) => a.line - b.line).map(toLine),
    createdBy: row.created_by,
    receivedBy: row.received_by,
  };
}

export function createCargoRepository(db: Db, dialect: DialectInfo) {
  async function withLines(trx: Db, rows: ConsignmentRow[]): Promise<Consignment[]> {
    if (rows.length === 0) return [];
    const lines = await trx
      .selectFrom('consignment_line')
      .selectAll()
      .where(
        'consignment_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    return rows.map((row) =>
      toConsignment(
        row,
        lines.filter((l) => l.consignment_id === row.id),
      ),
    );
  }

  return {
    /** Writes a dispatched consignment with its lines. */
    async dispatch(ctx: WriteContext, input: NewConsignment): Promise<Consignment> {
      return inTransaction(db, async (trx) => {
        const row: ConsignmentRow = {
          id: randomUUID(),
          reference: input.reference.trim(),
          sender: input.sender.trim(),
          receiver: input.receiver.trim(),
          from_place_id: input.fromPlaceId,
          to_place_id: input.toPlaceId,
          movement_id: input.movementId,
          dispatched_on: input.dispatchedOn,
          received_on: null,
          loss_note: null,
          created_by: ctx.actor.username,
          created_at: nowIso(),
          received_by: null,
        };
        await trx.insertInto('consignment').values(row).execute();
        await insertRows(
          trx,
          'consignment_line',
          input.lines.map((line, index) => ({
            consignment_id: row.id,
            line: index + 1,
            category: line.category,
            description: line.description.trim(),
            quantity: line.quantity,
            unit: line.unit.trim(),
            weight_kg: line.weightKg,
            good: null,
            damaged: null,
            lost: null,
          })),
        );
        await appendAudit(trx, dialect, ctx, {
          action: 'corridor.cargo.dispatch',
          entityType: 'consignment',
          entityId: row.id,
          summary: {
            reference: row.reference,
            lines: input.lines.length,
            weightKg: input.lines.reduce((sum, l) => sum + l.weightKg, 0),
          },
        });
        const [view] = await withLines(trx, [row]);
        return view as Consignment;
      });
    },

    async list(scope: PartyScope, opts: { limit?: number } = {}): Promise<Consignment[]> {
      const rows = await whereVisible(db.selectFrom('consignment').selectAll(), scope, 'consignment')
        .orderBy('dispatched_on', 'desc')
        .orderBy('id')
        .limit(opts.limit ?? 1000)
        .execute();
      return withLines(db, rows);
    },

    async findById(scope: PartyScope, id: string): Promise<Consignment | null> {
      const row = await whereVisible(db.selectFrom('consignment').selectAll(), scope, 'consignment')
        .where('id', '=', id)
        .$if(dialect.name === 'postgres', (qb) => qb.forUpdate())
        .executeTakeFirst();
      if (!row) return null;
      const [view] = await withLines(db, [row]);
      return view ?? null;
    },

    /** Received consignments up to `to` (for the tonnage by week). */
    async received(scope: PartyScope, range: { from?: string; to?: string }): Promise<Consignment[]> {
      const rows = await whereVisible(db.selectFrom('consignment').selectAll(), scope, 'consignment')
        .where('received_on', 'is not', null)
        .$if(range.from !== undefined, (qb) => qb.where('received_on', '>=', range.from ?? ''))
        .$if(range.to !== undefined, (qb) => qb.where('received_on', '<=', range.to ?? ''))
        .orderBy('received_on')
        .execute();
      return withLines(db, rows);
    },

    /** Records the receipt: each line's good, damaged and lost counts, and the note on loss. */
    async receive(
      ctx: WriteContext,
      id: string,
      receipt: {
        receivedOn: string;
        lossNote: string | null;
        lines: { good: number; damaged: number; lost: number }[];
      },
    ): Promise<Consignment> {
      return inTransaction(db, async (trx) => {
        const updated = await trx
          .updateTable('consignment')
          .set({
            received_on: receipt.receivedOn,
            loss_note: receipt.lossNote,
            received_by: ctx.actor.username,
          })
          .where('id', '=', id)
          .where('received_on', 'is', null)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1)
          throw new StoreError('conflict', 'The consignment was already received', [
            { path: 'receivedOn', message: 'already received' },
          ]);
        for (const [index, line] of receipt.lines.entries()) {
          await trx
            .updateTable('consignment_line')
            .set({ good: line.good, damaged: line.damaged, lost: line.lost })
            .where('consignment_id', '=', id)
            .where('line', '=', index + 1)
            .execute();
        }
        await appendAudit(trx, dialect, ctx, {
          action: 'corridor.cargo.receive',
          entityType: 'consignment',
          entityId: id,
          summary: {
            receivedOn: receipt.receivedOn,
            damaged: receipt.lines.reduce((s, l) => s + l.damaged, 0),
            lost: receipt.lines.reduce((s, l) => s + l.lost, 0),
          },
        });
        const row = await trx
          .selectFrom('consignment')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        const [view] = await withLines(trx, [row]);
        return view as Consignment;
      });
    },
  };
}

export type CargoRepository = ReturnType<typeof createCargoRepository>;
