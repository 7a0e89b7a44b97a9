import type { Selectable } from 'kysely';

export interface CorridorMovementTable {
  id: string;
  kind: string;
  reference: string;
  from_place_id: string;
  to_place_id: string;
  window_start: string;
  window_end: string;
  vehicles: number;
  people: number;
  cargo_summary: string;
  escort: string;
  status: string;
  /** The notification round: 0 before the first, one more each time the movement is notified again. */
  round: number;
  /** One more on every write: an edit names the version it was made on. */
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}
export type CorridorMovementRow = Selectable<CorridorMovementTable>;

/** The parties notified of a movement. */
export interface CorridorMovementPartyTable {
  movement_id: string;
  party_id: string;
  position: number;
}

/** One party's answer to one round of notification. */
export interface CorridorMovementAnswerTable {
  id: string;
  movement_id: string;
  round: number;
  party_id: string;
  answer: string;
  reason: string | null;
  by_user_id: string | null;
  by: string;
  at: string;
}
export type CorridorMovementAnswerRow = Selectable<CorridorMovementAnswerTable>;

/** The movement's history: every status step, with who made it. */
export interface CorridorMovementChangeTable {
  id: string;
  movement_id: string;
  from_status: string | null;
  to_status: string;
  event: string;
  reason: string | null;
  by_user_id: string | null;
  by: string;
  at: string;
}
export type CorridorMovementChangeRow = Selectable<CorridorMovementChangeTable>;
