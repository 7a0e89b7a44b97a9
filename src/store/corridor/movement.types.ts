import type {
  Acknowledgement,
  AcknowledgementAnswer,
  MovementEvent,
  MovementKind,
  MovementStatus,
} from '../../domain/corridor/types.js';

/** What the coordinator says of a movement when planning or editing it. */
export interface MovementDetails {
  kind: MovementKind;
  reference: string;
  fromPlaceId: string;
  toPlaceId: string;
  windowStart: string;
  windowEnd: string;
  vehicles: number;
  people: number;
  cargoSummary: string;
  escort: string;
}

export interface MovementAnswer extends Acknowledgement {
  by: string;
}

export interface MovementChange {
  from: MovementStatus | null;
  to: MovementStatus;
  event: MovementEvent | 'plan';
  reason: string | null;
  by: string;
  at: string;
}

/** A movement as a reader sees it: a liaison only its own party's answers. */
export interface MovementView extends MovementDetails {
  id: string;
  status: MovementStatus;
  round: number;
  version: number;
  notifiedPartyIds: string[];
  /** Answers of the current round, in order. */
  answers: MovementAnswer[];
  history: MovementChange[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** A movement as a workflow step needs it (locked on PostgreSQL). */
export interface MovementToChange {
  id: string;
  status: MovementStatus;
  round: number;
  version: number;
  notifiedPartyIds: string[];
  answers: Acknowledgement[];
}

export type { AcknowledgementAnswer, MovementKind };
