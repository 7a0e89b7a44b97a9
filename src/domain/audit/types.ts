import type { WriteChannel } from '../access/types.js';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface AuditActor {
  userId: string | null;
  username: string;
  via: WriteChannel;
}

/**
 * How an entry is sealed: 1, plain SHA-256 (entries written before the keyed chain, anchored by the first
 * checkpoint); 2, HMAC-SHA256 with the audit key kept outside the database.
 */
export type AuditEntryVersion = 1 | 2;

/** The part of an entry its hash covers. */
export interface AuditContent {
  version: AuditEntryVersion;
  seq: number;
  at: string;
  actor: AuditActor;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: { [key: string]: JsonValue };
  prevHash: string | null;
}

export interface AuditEntry extends AuditContent {
  id: string;
  hash: string;
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export type AuditChainVerdict =
  | { ok: true; checked: number }
  | { ok: false; checked: number; firstBad: { seq: number; id: string; reason: string } };

/**
 * A signed statement that the chain's entry `seq` has hash `hash`, which observers fetch and keep: any later
 * rewrite of the log up to `seq`, or its truncation below `seq`, no longer matches it. `legacyUntil` is the last
 * entry sealed the old way (version 1); every later entry must be keyed.
 */
export interface AuditCheckpoint {
  seq: number;
  hash: string;
  at: string;
  legacyUntil: number;
  /** Ed25519 public key (base64 of its 32 bytes) that made `signature`. */
  publicKey: string;
  /** Ed25519 signature (base64) of the canonical JSON of `{ seq, hash, at, legacyUntil }`. */
  signature: string;
}
