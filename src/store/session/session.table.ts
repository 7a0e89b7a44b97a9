import type { Selectable } from 'kysely';

export interface SessionTable {
  id: string;
  token_hash: string;
  csrf_token: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}
export type SessionRow = Selectable<SessionTable>;
