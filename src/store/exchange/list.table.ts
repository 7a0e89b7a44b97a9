import type { Selectable } from 'kysely';

export interface ExchangeListTable {
  id: string;
  party_id: string;
  kind: string;
  created_at: string;
}
export type ExchangeListRow = Selectable<ExchangeListTable>;

export interface ExchangeListVersionTable {
  id: string;
  list_id: string;
  number: number;
  uploaded_at: string;
  uploaded_by_user_id: string | null;
  uploaded_by: string;
  file_name: string;
  mapping: string;
  entry_count: number;
}
export type ExchangeListVersionRow = Selectable<ExchangeListVersionTable>;

export interface ExchangeListEntryTable {
  id: string;
  version_id: string;
  row_number: number;
  fields: string;
  display_name: string;
  fingerprint: string;
  extras: string;
}
export type ExchangeListEntryRow = Selectable<ExchangeListEntryTable>;

export interface ColumnMappingTable {
  party_id: string;
  kind: string;
  mapping: string;
  updated_at: string;
}

export interface ExchangeDuplicateClusterTable {
  id: string;
  version_id: string;
  entry_ids: string;
  fingerprint_key: string;
  probability: number;
  resolution: string | null;
  note: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
}
export type ExchangeDuplicateClusterRow = Selectable<ExchangeDuplicateClusterTable>;
