import type { PartyScope } from '../../domain/access/types.js';
import { verifyAuditEntries } from '../../domain/audit/hash-chain.js';
import type { AuditChainVerdict, AuditEntry, AuditFilter, JsonValue } from '../../domain/audit/types.js';
import { fromJsonText, toCount, toStoredTime } from '../normalise.js';
import type { Db } from '../transaction.js';
import type { AuditLogRow } from './audit.table.js';

export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 500;
const VERIFY_BATCH = 1000;

export function toAuditEntry(row: AuditLogRow): AuditEntry {
  return {
    id: row.id,
    seq: Number(row.seq),
    at: row.at,
    actor: {
      userId: row.actor_user_id,
      username: row.actor_username,
      via: row.via === 'cli' ? 'cli' : 'api',
    },
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    summary: fromJsonText<{ [key: string]: JsonValue }>(row.summary, {}),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** A bare date as `to` means the whole of that day (UTC). */
function upperBound(to: string): { op: '<' | '<='; at: string } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(to)) {
    const next = new Date(`${to}T00:00:00.000Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    return { op: '<', at: next.toISOString() };
  }
  return { op: '<=', at: toStoredTime(to) };
}

export function createAuditRepository(db: Db) {
  return {
    /** Coordinators see the whole log; anyone else only the entries of their own actions. */
    async list(scope: PartyScope, filter: AuditFilter = {}): Promise<{ items: AuditEntry[]; total: number }> {
      const limit = Math.min(Math.max(filter.limit ?? AUDIT_PAGE_DEFAULT, 1), AUDIT_PAGE_MAX);
      const offset = Math.max(filter.offset ?? 0, 0);
      const base = db
        .selectFrom('audit_log')
        .$if(scope.role !== 'coordinator', (qb) => qb.where('actor_user_id', '=', scope.userId ?? ''))
        .$if(!!filter.actor, (qb) => qb.where('actor_username', '=', filter.actor!.trim().toLowerCase()))
        .$if(!!filter.action, (qb) => qb.where('action', '=', filter.action!))
        .$if(!!filter.entityType, (qb) => qb.where('entity_type', '=', filter.entityType!))
        .$if(!!filter.entityId, (qb) => qb.where('entity_id', '=', filter.entityId!))
        .$if(!!filter.from, (qb) => qb.where('at', '>=', toStoredTime(filter.from!)))
        .$if(!!filter.to, (qb) => {
          const bound = upperBound(filter.to!);
          return qb.where('at', bound.op, bound.at);
        });
      const [rows, count] = await Promise.all([
        base.selectAll().orderBy('seq', 'desc').limit(limit).offset(offset).execute(),
        base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toAuditEntry), total: toCount(count.n) };
    },

    /** Walks the whole chain in order and names the first entry that does not verify. */
    async verifyChain(): Promise<AuditChainVerdict> {
      let previous: AuditEntry | null = null;
      let checked = 0;
      for (;;) {
        const rows = await db
          .selectFrom('audit_log')
          .selectAll()
          .$if(previous !== null, (qb) => qb.where('seq', '>', previous!.seq))
          .orderBy('seq', 'asc')
          .limit(VERIFY_BATCH)
          .execute();
        if (rows.length === 0) return { ok: true, checked };
        const entries = rows.map(toAuditEntry);
        const verdict = verifyAuditEntries(entries, previous);
        if (!verdict.ok) return { ...verdict, checked: checked + verdict.checked };
        checked += verdict.checked;
        previous = entries[entries.length - 1];
      }
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
