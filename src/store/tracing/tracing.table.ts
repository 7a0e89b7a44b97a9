import type { Selectable } from 'kysely';

/** A missing-person case opened by a liaison for a family, with the sharing level the family chose. */
export interface TracingCaseTable {
  id: string;
  reference: string;
  opened_by_party_id: string;
  opened_by_user_id: string | null;
  opened_by: string;
  sharing_level: string;
  given_name: string | null;
  family_name: string | null;
  patronymic: string | null;
  full_name: string | null;
  display_name: string;
  sex: string | null;
  birth_date: string | null;
  birth_place: string | null;
  category: string;
  unit: string | null;
  rank: string | null;
  last_seen_on: string | null;
  last_seen_precision: string | null;
  last_seen_place: string | null;
  last_seen_place_precision: string | null;
  circumstances_note: string | null;
  enquirer_name: string;
  enquirer_relation: string;
  enquirer_contact: string | null;
  family_language: string;
  status: string;
  alive_state: string | null;
  close_reason: string | null;
  merged_into_case_id: string | null;
  expires_on: string | null;
  pfif_record_id: string | null;
  pfif_source_date: string | null;
  match_state: string;
  match_done: number;
  match_total: number;
  match_error: string | null;
  created_at: string;
  updated_at: string;
}
export type TracingCaseRow = Selectable<TracingCaseTable>;

export interface TracingCaseStatusChangeTable {
  id: string;
  case_id: string;
  from_status: string | null;
  to_status: string;
  alive_state: string | null;
  event: string;
  reason: string;
  note: string;
  match_id: string | null;
  by_user_id: string | null;
  by: string;
  at: string;
}
export type TracingCaseStatusChangeRow = Selectable<TracingCaseStatusChangeTable>;

/** A PFIF note read into a case (or written with it): who said what, and whether the person was found. */
export interface TracingCaseNoteTable {
  id: string;
  case_id: string;
  pfif_note_id: string | null;
  author_name: string;
  text: string;
  pfif_status: string | null;
  found: number | null;
  source_date: string;
  entered_at: string;
}
export type TracingCaseNoteRow = Selectable<TracingCaseNoteTable>;

export interface TracingRemainsTable {
  id: string;
  reference: string;
  recovered_by_party_id: string;
  held_by_party_id: string;
  recovered_on: string;
  recovered_place: string;
  latitude: number | null;
  longitude: number | null;
  place_precision: string;
  recovered_by: string;
  found_with_documents: string | null;
  found_with_tokens: string | null;
  clothing_notes: string | null;
  sex: string | null;
  document_name: string | null;
  repatriated_on: string | null;
  exchange_event_id: string | null;
  identification_status: string;
  identification_method: string | null;
  case_id: string | null;
  created_at: string;
  updated_at: string;
}
export type TracingRemainsRow = Selectable<TracingRemainsTable>;

export interface TracingIdentificationTable {
  id: string;
  remains_id: string;
  identification_status: string;
  method: string | null;
  case_id: string | null;
  effective_on: string;
  note: string;
  by_user_id: string | null;
  by: string;
  at: string;
}
export type TracingIdentificationRow = Selectable<TracingIdentificationTable>;

/** A candidate the engine found for a case, waiting for (or decided by) the coordinator. */
export interface TracingMatchTable {
  id: string;
  case_id: string;
  target_kind: string;
  target_id: string;
  target_party_id: string | null;
  target_label: string;
  probability: number;
  explanation: string;
  decision: string;
  note: string | null;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}
export type TracingMatchRow = Selectable<TracingMatchTable>;

/** Remains carried by an exchange event, from the party holding them to another; handed over when it completes. */
export interface TracingRemainsTransferTable {
  id: string;
  remains_id: string;
  event_id: string;
  from_party_id: string;
  to_party_id: string;
  planned_by: string;
  planned_at: string;
  handed_over_at: string | null;
}
