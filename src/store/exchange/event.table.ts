import type { Generated, Selectable } from 'kysely';

export interface ExchangeEventTable {
  id: string;
  date: string;
  place: string;
  place_kind: string;
  created_by: string;
  created_at: string;
  /** Outcome confirmed by all (or, before the lifecycle, the exchange confirmed by all). */
  completed_at: string | null;
  /** Domain EventStatus. */
  status: Generated<string>;
  carried_out_at: string | null;
  carried_out_by: string | null;
  cancelled_at: string | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
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
  /** What happened on the day (domain PersonOutcomeKind), null until the exchange is carried out. */
  outcome: string | null;
  /** Domain NotHandedOverReason when not handed over. */
  outcome_reason: string | null;
  outcome_note: string | null;
}
export type ExchangeEventPersonRow = Selectable<ExchangeEventPersonTable>;

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

/** The confirmations of an exchange's outcome: same shape and rule as those of its plan. */
export type ExchangeOutcomeConfirmationTable = ExchangeConfirmationTable;
