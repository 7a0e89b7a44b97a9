import type { Selectable } from 'kysely';

export interface ExchangeEventTable {
  id: string;
  date: string;
  place: string;
  place_kind: string;
  created_by: string;
  created_at: string;
  completed_at: string | null;
}
export type ExchangeEventRow = Selectable<ExchangeEventTable>;

/** The parties taking part in an exchange, in order. */
export interface ExchangeEventPartyTable {
  event_id: string;
  party_id: string;
  position: number;
}

export interface ExchangeEventPersonTable {
  event_id: string;
  person_id: string;
  from_party_id: string;
  to_party_id: string;
}

export interface ExchangeConfirmationTable {
  id: string;
  event_id: string;
  /** `coordinator` or `party:<id>`: one confirmation each per event. */
  confirmer: string;
  kind: string;
  party_id: string | null;
  by_user_id: string | null;
  by: string;
  at: string;
}
export type ExchangeConfirmationRow = Selectable<ExchangeConfirmationTable>;
