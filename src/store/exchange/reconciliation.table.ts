import type { Selectable } from 'kysely';

export interface ReconciliationTable {
  id: string;
  status: string;
  started_at: string;
  started_by_user_id: string | null;
  started_by: string;
  finished_at: string | null;
  progress_done: number;
  progress_total: number;
  phase: string;
  thresholds: string;
  version_ids: string;
  counts: string | null;
  shared_at: string | null;
  shared_by: string | null;
  error: string | null;
}
export type ReconciliationRow = Selectable<ReconciliationTable>;

/** The two parties a run reconciles, in order (by code when the run started). */
export interface ReconciliationPartyTable {
  reconciliation_id: string;
  party_id: string;
  position: number;
}

export interface ReconciliationPairTable {
  id: string;
  reconciliation_id: string;
  missing_entry_id: string;
  held_entry_id: string;
  missing_party_id: string;
  held_party_id: string;
  missing_key: string;
  held_key: string;
  probability: number;
  class: string;
  explanation: string | null;
}
export type ReconciliationPairRow = Selectable<ReconciliationPairTable>;
