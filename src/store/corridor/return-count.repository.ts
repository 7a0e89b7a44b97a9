import { randomUUID } from 'node:crypto';
import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import type { ReturnCount, ReturnMode } from '../../domain/returns/types.js';
import { whereVisible } from '../access/where-visible.js';
import { appendAudit } from '../audit/append-audit.js';
import { insertRows } from '../batch-insert.js';
import type { DialectInfo } from '../dialect.js';
import { nowIso } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import type { ReturnCountRow } from './return-count.table.js';

/** A count as stored: the domain's count, the region of its destination, who entered it. */
export interface StoredReturnCount extends ReturnCount {
  id: string;
  region: string;
  createdBy: string;
  createdAt: string;
}

export type NewReturnCount = ReturnCount & { region: string };

function toCount(row: ReturnCountRow): StoredReturnCount {
  return {
    id: row.id,
    date: row.date,
    originPlaceId: row.origin_place_id,
    destinationPlaceId: row.destination_place_id,
    region: row.region,
    individuals: row.individuals,
    households: row.households,
    mode: row.mode as ReturnMode,
    movementId: row.movement_id,
    source: row.source,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

export function createReturnCountRepository(db: Db, dialect: DialectInfo) {
  return {
    /** Writes counts (one entered by hand, or every row of an imported file), with one audit entry. */
    async add(
      ctx: WriteContext,
      counts: readonly NewReturnCount[],
      opts: { fileName?: string } = {},
    ): Promise<StoredReturnCount[]> {
      return inTransaction(db, async (trx) => {
        const at = nowIso();
        const rows: ReturnCountRow[] = counts.map((count) => ({
          id: randomUUID(),
          date: count.date,
          origin_place_id: count.originPlaceId,
          destination_place_id: count.destinationPlaceId,
          region: count.region.trim(),
          individuals: count.individuals,
          households: count.households,
          mode: count.mode,
          movement_id: count.movementId,
          source: count.source.trim(),
          created_by: ctx.actor.username,
          created_at: at,
        }));
        await insertRows(trx, 'return_count', rows);
        await appendAudit(trx, dialect, ctx, {
          action: opts.fileName ? 'returns.import' : 'returns.add',
          entityType: 'return_count',
          entityId: rows.length === 1 ? (rows[0]?.id ?? null) : null,
          summary: {
            counts: rows.length,
            individuals: rows.reduce((sum, r) => sum + r.individuals, 0),
            ...(opts.fileName ? { file: opts.fileName } : {}),
          },
        });
        return rows.map(toCount);
      });
    },

    /** Counts between two days (inclusive; open ends allowed), by day then destination. */
    async list(
      scope: PartyScope,
      filter: { from?: string; to?: string; destinationPlaceId?: string; limit?: number } = {},
    ): Promise<StoredReturnCount[]> {
      const rows = await whereVisible(db.selectFrom('return_count').selectAll(), scope, 'return_count')
        .$if(filter.from !== undefined, (qb) => qb.where('date', '>=', filter.from ?? ''))
        .$if(filter.to !== undefined, (qb) => qb.where('date', '<=', filter.to ?? ''))
        .$if(filter.destinationPlaceId !== undefined, (qb) =>
          qb.where('destination_place_id', '=', filter.destinationPlaceId ?? ''),
        )
        .orderBy('date')
        .orderBy('destination_place_id')
        .orderBy('id')
        .$if(filter.limit !== undefined, (qb) => qb.limit(filter.limit ?? 0))
        .execute();
      return rows.map(toCount);
    },

    /** Totals per day up to `to` (for the daily and cumulative series): one row per day, summed in SQL. */
    async dailyTotals(scope: PartyScope, to: string): Promise<ReturnCount[]> {
      const rows = await whereVisible(db.selectFrom('return_count'), scope, 'return_count')
        .select((eb) => [
          'date',
          eb.fn.sum<number | string>('individuals').as('individuals'),
          eb.fn.sum<number | string | null>('households').as('households'),
        ])
        .where('date', '<=', to)
        .groupBy('date')
        .orderBy('date')
        .execute();
      return rows.map((r) => ({
        date: r.date,
        originPlaceId: null,
        destinationPlaceId: '',
        individuals: Number(r.individuals),
        households: r.households === null ? null : Number(r.households),
        mode: 'on_their_own',
        movementId: null,
        source: '',
      }));
    },

    async first(scope: PartyScope): Promise<string | null> {
      const row = await whereVisible(db.selectFrom('return_count'), scope, 'return_count')
        .select((eb) => eb.fn.min<string>('date').as('first'))
        .executeTakeFirst();
      return row?.first ?? null;
    },
  };
}

export type ReturnCountRepository = ReturnType<typeof createReturnCountRepository>;
