import type { Selectable } from 'kysely';

export interface ExchangeUploadTable {
  id: string;
  party_id: string;
  uploaded_by_user_id: string | null;
  uploaded_by: string;
  file_name: string;
  headers: string;
  rows: string;
  created_at: string;
  expires_at: string;
}
export type ExchangeUploadRow = Selectable<ExchangeUploadTable>;
