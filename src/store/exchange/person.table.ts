import type { Selectable } from 'kysely';

export interface ExchangePersonTable {
  id: string;
  own_party_id: string;
  holding_party_id: string | null;
  display_name: string;
  status: string;
  missing_key: string | null;
  held_key: string | null;
  entry_ids: string;
  /** The reconciliation that made the person known as they are (null: no run, e.g. a past exchange). */
  run_id: string | null;
  /** The name in each reader's script (engine nameInScripts of display_name), stored when the person is written. */
  name_latin: string | null;
  name_cyrillic: string | null;
  name_armenian: string | null;
  created_at: string;
  updated_at: string;
}
export type ExchangePersonRow = Selectable<ExchangePersonTable>;

export interface PersonStatusChangeTable {
  id: string;
  person_id: string;
  from_status: string | null;
  to_status: string;
  event: string | null;
  exchange_event_id: string | null;
  /** The reason's label key (domain StatusReasonKey). */
  reason: string;
  /** The reason's parameters, JSON text of a string record. */
  reason_params: string;
  by_user_id: string | null;
  by: string;
  at: string;
}
export type PersonStatusChangeRow = Selectable<PersonStatusChangeTable>;
