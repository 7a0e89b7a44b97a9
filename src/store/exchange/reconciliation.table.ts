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
  /** The claim of the worker running it (a new one each time a worker takes the run up); null when none does. */
  worker_token: string | null;
  /** When that worker last said it is alive (UTC ISO); a run whose heartbeat is stale is taken over. */
  heartbeat_at: string | null;
  /** How many times a worker has taken the run up (its first claim and every takeover). */
  attempts: number;
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

/**
 * A person change of a run not switched on yet: a person to create or update (the row as it will be) or to remove.
 * Moved into `exchange_person` in the transaction that marks the run done.
 */
export interface ReconciliationPersonStageTable {
  run_id: string;
  person_id: string;
  kind: 'create' | 'update' | 'remove';
  own_party_id: string | null;
  holding_party_id: string | null;
  display_name: string | null;
  status: string | null;
  missing_key: string | null;
  held_key: string | null;
  entry_ids: string | null;
  person_run_id: string | null;
  name_latin: string | null;
  name_cyrillic: string | null;
  name_armenian: string | null;
  created_at: string | null;
  updated_at: string | null;
}

/** A status-history row of a run not switched on yet (moved into `person_status_change` with its person). */
export interface ReconciliationHistoryStageTable {
  id: string;
  run_id: string;
  person_id: string;
  from_status: string | null;
  to_status: string;
  event: string | null;
  exchange_event_id: string | null;
  reason: string;
  reason_params: string;
  by_user_id: string | null;
  by: string;
  at: string;
}
