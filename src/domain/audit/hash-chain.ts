import { createHash } from 'node:crypto';
import { macHex } from './audit-keys.js';
import type { AuditChainVerdict, AuditCheckpoint, AuditContent, AuditEntry, JsonValue } from './types.js';

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

function contentFields(content: AuditContent): { [key: string]: JsonValue } {
  return {
    seq: content.seq,
    at: content.at,
    actor: { userId: content.actor.userId, username: content.actor.username, via: content.actor.via },
    action: content.action,
    entityType: content.entityType,
    entityId: content.entityId,
    summary: content.summary,
    prevHash: content.prevHash,
  };
}

/** Version 1: plain SHA-256, which anyone can recompute (kept for the entries written before the keyed chain). */
export function hashAuditContent(content: AuditContent): string {
  return createHash('sha256')
    .update(canonicalJson(contentFields(content)))
    .digest('hex');
}

/** Version 2: HMAC-SHA256 under the audit key, which the database does not hold. */
export function macAuditContent(content: AuditContent, macKey: Buffer): string {
  return macHex(macKey, canonicalJson({ ...contentFields(content), version: 2 }));
}

/** What a walk checks entries against besides their own links. */
export interface ChainAnchors {
  /** The audit key's HMAC key; without it a keyed entry cannot be checked. */
  macKey: Buffer | null;
  /** The last entry allowed to be unkeyed (from a signed checkpoint); null when no checkpoint says. */
  legacyUntil: number | null;
  /** Signed checkpoints by sequence number: the entry there must have the checkpoint's hash. */
  checkpoints: ReadonlyMap<number, AuditCheckpoint>;
}

export const NO_ANCHORS: ChainAnchors = { macKey: null, legacyUntil: null, checkpoints: new Map() };

/**
 * Walks entries in sequence order and names the first one whose content, position or link to its
 * predecessor does not verify. `previous` is the entry before the first one given (null at the start).
 */
export function verifyAuditEntries(
  entries: Iterable<AuditEntry>,
  previous: AuditEntry | null = null,
  anchors: ChainAnchors = NO_ANCHORS,
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
    if (entry.version === 1) {
      if (prev?.version === 2) return bad('an unkeyed entry after keyed ones');
      if (anchors.legacyUntil !== null && entry.seq > anchors.legacyUntil)
        return bad(`an unkeyed entry after the chain became keyed at #${anchors.legacyUntil + 1}`);
      if (hashAuditContent(entry) !== entry.hash) return bad('content does not match its hash');
    } else {
      if (!anchors.macKey) return bad('a keyed entry, and no audit key to check it with');
      if (macAuditContent(entry, anchors.macKey) !== entry.hash)
        return bad('content does not match its keyed hash (edited, or sealed with another key)');
    }
    const checkpoint = anchors.checkpoints.get(entry.seq);
    if (checkpoint && checkpoint.hash !== entry.hash)
      return bad(`differs from the signed checkpoint of ${checkpoint.at}`);
    checked += 1;
    prev = entry;
  }
  return { ok: true, checked };
}
