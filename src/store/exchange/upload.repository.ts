import { randomUUID } from 'node:crypto';
import { mayWrite } from '../../domain/access/policy.js';
import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import type { SheetRow } from '../../domain/exchange/list-rows.js';
import { whereVisible } from '../access/where-visible.js';
import { appendAudit } from '../audit/append-audit.js';
import type { DialectInfo } from '../dialect.js';
import { StoreError } from '../errors.js';
import { fromJsonText, nowIso, toJsonText } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import type { ExchangeUploadRow } from './upload.table.js';

/** An uploaded file waits a day for its mapping; then it is gone. */
export const UPLOAD_TTL_MS = 24 * 60 * 60 * 1000;

/** A row of an uploaded file (the domain's `SheetRow`). */
export type UploadedRow = SheetRow;

export interface ExchangeUpload {
  id: string;
  partyId: string;
  uploadedBy: string;
  fileName: string;
  headers: string[];
  rows: UploadedRow[];
  createdAt: string;
  expiresAt: string;
}

export interface NewUpload {
  partyId: string;
  fileName: string;
  headers: string[];
  rows: UploadedRow[];
}

function toUpload(row: ExchangeUploadRow): ExchangeUpload {
  return {
    id: row.id,
    partyId: row.party_id,
    uploadedBy: row.uploaded_by,
    fileName: row.file_name,
    headers: fromJsonText<string[]>(row.headers, []),
    rows: fromJsonText<UploadedRow[]>(row.rows, []),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

/** Parsed files waiting for their mapping: rows in the database so that any instance can preview and import. */
export function createExchangeUploadRepository(db: Db, dialect: DialectInfo) {
  return {
    async create(ctx: WriteContext, scope: PartyScope, input: NewUpload): Promise<ExchangeUpload> {
      if (!mayWrite(scope, 'exchange_upload', input.partyId)) {
        throw new StoreError('not_found', 'Only a liaison of the party uploads its lists');
      }
      return inTransaction(db, async (trx) => {
        const now = new Date();
        const row: ExchangeUploadRow = {
          id: randomUUID(),
          party_id: input.partyId,
          uploaded_by_user_id: ctx.actor.userId,
          uploaded_by: ctx.actor.username,
          file_name: input.fileName,
          headers: toJsonText(input.headers),
          rows: toJsonText(input.rows),
          created_at: now.toISOString(),
          expires_at: new Date(now.getTime() + UPLOAD_TTL_MS).toISOString(),
        };
        await trx.insertInto('exchange_upload').values(row).execute();
        await appendAudit(trx, dialect, ctx, {
          action: 'exchange_upload.create',
          entityType: 'exchange_upload',
          entityId: row.id,
          summary: { partyId: input.partyId, columns: input.headers.length, rows: input.rows.length },
        });
        return toUpload(row);
      });
    },

    /** The upload when it belongs to this reader's party and has not expired. */
    async findById(scope: PartyScope, id: string): Promise<ExchangeUpload | null> {
      const row = await whereVisible(db.selectFrom('exchange_upload').selectAll(), scope, 'exchange_upload')
        .where('id', '=', id)
        .where('expires_at', '>', nowIso())
        .executeTakeFirst();
      return row ? toUpload(row) : null;
    },

    /** Removes uploads past their day (housekeeping; imported uploads are removed by the import). */
    async deleteExpired(now: Date = new Date()): Promise<number> {
      const result = await db
        .deleteFrom('exchange_upload')
        .where('expires_at', '<=', now.toISOString())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    /** Forgets an upload once imported (the version keeps what counts). */
    async remove(scope: PartyScope, id: string): Promise<void> {
      const row = await db
        .selectFrom('exchange_upload')
        .select('party_id')
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row || !mayWrite(scope, 'exchange_upload', row.party_id)) return;
      await db.deleteFrom('exchange_upload').where('id', '=', id).execute();
    },
  };
}

export type ExchangeUploadRepository = ReturnType<typeof createExchangeUploadRepository>;
