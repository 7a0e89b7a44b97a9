import { createHash } from 'node:crypto';
import type { AuditChainVerdict, AuditContent, AuditEntry, JsonValue } from './types.js';

/** JSON with object keys sorted at every depth, so equal content always gives equal text. */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys
    .filter((key) => value[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
    .join(',')}}`;
}

export function hashAuditContent(content: AuditContent): string {
  const json = canonicalJson({
    seq: content.seq,
    at: content.at,
    actor: { userId: content.actor.userId, username: content.actor.username, via: content.actor.via },
    action: content.action,
    entityType: content.entityType,
    entityId: content.entityId,
    summary: content.summary,
    prevHash: content.prevHash,
  });
  return createHash('sha256').update(json).digest('hex');
}

/**
 * Walks entries in sequence order and names the first one whose content, position or link to its
 * predecessor does not verify. `previous` is the entry before the first one given (null at the start).
 */
export function verifyAuditEntries(
  entries: Iterable<AuditEntry>,
  previous: AuditEntry | null = null,
): AuditChainVerdict {
  let prev = previous;
  let checked = 0;
  for (const entry of entries) {
    const bad = (reason: string): AuditChainVerdict => ({
      ok: false,
      checked,
      firstBad: { seq: entry.seq, id: entry.id, reason },
    });
    const expectedSeq = prev ? prev.seq + 1 : 1;
    if (entry.seq !== expectedSeq)
      return bad(`sequence number ${entry.seq} where ${expectedSeq} was expected`);
    if (entry.prevHash !== (prev ? prev.hash : null)) return bad('does not link to the previous entry');
    if (hashAuditContent(entry) !== entry.hash) return bad('content does not match its hash');
    checked += 1;
    prev = entry;
  }
  return { ok: true, checked };
}
