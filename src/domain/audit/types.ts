import type { WriteChannel } from '../access/types.js';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface AuditActor {
  userId: string | null;
  username: string;
  via: WriteChannel;
}

/** The part of an entry its hash covers. */
export interface AuditContent {
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
