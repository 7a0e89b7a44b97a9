import { randomUUID } from 'node:crypto';
import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import type { PassageDirection, PassageEntry, StoredPassage } from '../../domain/corridor/passage.js';
import type { InspectionResult } from '../../domain/corridor/types.js';
import { whereVisible } from '../access/where-visible.js';
import { appendAudit } from '../audit/append-audit.js';
import type { DialectInfo } from '../dialect.js';
import { conflictOnDuplicate, StoreError } from '../errors.js';
import { nowIso } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import type { CorridorPassageRow } from './passage.table.js';

function toPassage(row: CorridorPassageRow): StoredPassage {
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    checkpointId: row.checkpoint_id,
    movementId: row.movement_id,
    direction: row.direction as PassageDirection,
    timeIn: row.time_in,
    timeOut: row.time_out,
    vehicles: row.vehicles,
    inspection: row.inspection as InspectionResult,
    remarks: row.remarks,
    version: row.version,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
    updatedAt: row.updated_at,
  };
}

const columns = (entry: PassageEntry) => ({
  checkpoint_id: entry.checkpointId,
  movement_id: entry.movementId,
  direction: entry.direction,
  time_in: entry.timeIn,
  time_out: entry.timeOut,
  vehicles: entry.vehicles,
  inspection: entry.inspection,
  remarks: entry.remarks.trim(),
});

export function createPassageRepository(db: Db, dialect: DialectInfo) {
  return {
    /** Posts a field officer at a checkpoint (a `map_feature` of the checkpoint layer). */
    async postOfficer(ctx: WriteContext, userId: string, checkpointId: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        await trx
          .insertInto('checkpoint_officer')
          .values({ user_id: userId, checkpoint_id: checkpointId })
          .execute();
        await appendAudit(trx, dialect, ctx, {
          action: 'corridor.checkpoint.post',
          entityType: 'checkpoint_officer',
          entityId: userId,
          summary: { checkpoint: checkpointId },
        });
      });
    },

    /** The checkpoints a user is posted at. */
    async postsOf(userId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('checkpoint_officer')
        .select('checkpoint_id')
        .where('user_id', '=', userId)
        .execute();
      return rows.map((r) => r.checkpoint_id);
    },

    async list(
      scope: PartyScope,
      opts: { checkpointId?: string; limit?: number } = {},
    ): Promise<StoredPassage[]> {
      const rows = await whereVisible(
        db.selectFrom('corridor_passage').selectAll(),
        scope,
        'corridor_passage',
      )
        .$if(opts.checkpointId !== undefined, (qb) => qb.where('checkpoint_id', '=', opts.checkpointId ?? ''))
        .orderBy('time_in', 'desc')
        .orderBy('id')
        .limit(opts.limit ?? 1000)
        .execute();
      return rows.map(toPassage);
    },

    /** The passage recorded under a key, whoever may read it (the key was made by the device that sends it). */
    async byKey(key: string): Promise<StoredPassage | null> {
      const row = await db
        .selectFrom('corridor_passage')
        .selectAll()
        .where('idempotency_key', '=', key)
        .$if(dialect.name === 'postgres', (qb) => qb.forUpdate())
        .executeTakeFirst();
      return row ? toPassage(row) : null;
    },

    async create(ctx: WriteContext, key: string, entry: PassageEntry): Promise<StoredPassage> {
      return inTransaction(db, async (trx) => {
        const at = nowIso();
        const row: CorridorPassageRow = {
          id: randomUUID(),
          idempotency_key: key,
          ...columns(entry),
          version: 1,
          recorded_by: ctx.actor.username,
          recorded_at: at,
          updated_at: at,
        };
        await conflictOnDuplicate('idempotencyKey', 'This key names another passage', () =>
          trx.insertInto('corridor_passage').values(row).execute(),
        );
        await appendAudit(trx, dialect, ctx, {
          action: 'corridor.passage.record',
          entityType: 'corridor_passage',
          entityId: row.id,
          summary: { checkpoint: entry.checkpointId, vehicles: entry.vehicles, inspection: entry.inspection },
        });
        return toPassage(row);
      });
    },

    async update(
      ctx: WriteContext,
      id: string,
      version: number,
      entry: PassageEntry,
    ): Promise<StoredPassage> {
      return inTransaction(db, async (trx) => {
        const result = await trx
          .updateTable('corridor_passage')
          .set({ ...columns(entry), version: version + 1, updated_at: nowIso() })
          .where('id', '=', id)
          .where('version', '=', version)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1)
          throw new StoreError('conflict', 'The passage was changed meanwhile', [
            { path: 'baseVersion', message: 'stale' },
          ]);
        await appendAudit(trx, dialect, ctx, {
          action: 'corridor.passage.edit',
          entityType: 'corridor_passage',
          entityId: id,
          summary: { version: version + 1, vehicles: entry.vehicles, inspection: entry.inspection },
        });
        const row = await trx
          .selectFrom('corridor_passage')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        return toPassage(row);
      });
    },
  };
}

export type PassageRepository = ReturnType<typeof createPassageRepository>;
