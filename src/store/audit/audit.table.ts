import type { Selectable } from 'kysely';

export interface AuditLogTable {
  id: string;
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
