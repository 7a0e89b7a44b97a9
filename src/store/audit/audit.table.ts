import type { Selectable } from 'kysely';

export interface AuditLogTable {
  id: string;
  version: number;
  seq: number;
  at: string;
  actor_user_id: string | null;
  actor_username: string;
  via: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  summary: string;
  prev_hash: string | null;
  hash: string;
}
export type AuditLogRow = Selectable<AuditLogTable>;

export interface AuditCheckpointTable {
  seq: number;
  hash: string;
  at: string;
  legacy_until: number;
  public_key: string;
  signature: string;
}
