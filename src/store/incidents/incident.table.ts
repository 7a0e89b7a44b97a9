import type { Selectable } from 'kysely';

export interface IncidentTable {
  id: string;
  status: string;
  kind: string;
  occurred_at: string;
  place_id: string | null;
  reporting_party_id: string | null;
  reported_by: string;
  reported_at: string;
  updated_at: string;
  published_at: string | null;
}
export type IncidentRow = Selectable<IncidentTable>;

/** The parties an incident concerns (reporter, accounts' parties and actors): what a liaison's access reads. */
export interface IncidentPartyTable {
  incident_id: string;
  party_id: string;
}

export interface IncidentAccountTable {
  id: string;
  incident_id: string;
  /** `monitor` or `party:<id>`. */
  source_key: string;
  party_id: string | null;
  kind: string;
  occurred_at: string;
  time_precision: string;
  place_id: string | null;
  latitude: number | null;
  longitude: number | null;
  place_precision: string;
  /** JSON: explosion or shot type, count, how observed, direction, distance, weapon and calibre. */
  details: string;
  casualties: string;
  description: string;
  actor_party_ids: string;
  sources: string;
  author: string;
  recorded_at: string;
}
export type IncidentAccountRow = Selectable<IncidentAccountTable>;

export interface IncidentStatusChangeTable {
  id: string;
  incident_id: string;
  event: string | null;
  to_status: string;
  note: string;
  by: string;
  at: string;
}
export type IncidentStatusChangeRow = Selectable<IncidentStatusChangeTable>;
