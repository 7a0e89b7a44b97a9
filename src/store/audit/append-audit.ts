import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { WriteContext } from '../../domain/access/types.js';
import { macAuditContent } from '../../domain/audit/hash-chain.js';
import type { AuditContent, AuditEntry, JsonValue } from '../../domain/audit/types.js';
import type { DialectInfo } from '../dialect.js';
import { nowIso, toJsonText } from '../normalise.js';
import type { Db } from '../transaction.js';

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string | null;
  summary: { [key: string]: JsonValue };
}

// Any fixed number: all instances on one PostgreSQL database take this lock to append in turn.
const AUDIT_CHAIN_LOCK = 727_001;

/** Appends one entry to the chain. Call it inside the transaction of the write it records. */
export async function appendAudit(
  trx: Db,
  dialect: DialectInfo,
  ctx: WriteContext,
  change: AuditChange,
): Promise<AuditEntry> {
  if (!trx.isTransaction) throw new Error('appendAudit must run inside the transaction of its write');
  if (dialect.serialisesWithAdvisoryLock) {
    await sql`select pg_advisory_xact_lock(${sql.lit(AUDIT_CHAIN_LOCK)})`.execute(trx);
  }
  const last = await trx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const content: AuditContent = {
    version: 2,
    seq: last ? Number(last.seq) + 1 : 1,
    at: nowIso(),
    actor: { userId: ctx.actor.userId, username: ctx.actor.username, via: ctx.actor.via },
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    summary: change.summary,
    prevHash: last?.hash ?? null,
  };
  const entry: AuditEntry = {
    id: randomUUID(),
    ...content,
    hash: macAuditContent(content, dialect.auditKeys.macKey),
  };
  await trx
    .insertInto('audit_log')
    .values({
      id: entry.id,
      version: entry.version,
      seq: entry.seq,
      at: entry.at,
      actor_user_id: entry.actor.userId,
      actor_username: entry.actor.username,
      via: entry.actor.via,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      summary: toJsonText(entry.summary),
      prev_hash: entry.prevHash,
      hash: entry.hash,
    })
    .execute();
  return entry;
}

/** The fields that changed between two states, as `{ field: { from, to } }`. */
export function changedFields<T extends Record<string, JsonValue>>(
  before: T,
  after: Partial<T>,
): { [key: string]: JsonValue } {
  const changes: { [key: string]: JsonValue } = {};
  for (const key of Object.keys(after)) {
    const to = after[key];
    if (to === undefined) continue;
    const from = before[key];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}
