import type { Selectable } from 'kysely';

export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  party_id: string | null;
  post: string | null;
  password_hash: string;
  active: number;
  locale: string;
  time_zone: string;
  created_at: string;
  updated_at: string;
}
export type UserRow = Selectable<UserTable>;
