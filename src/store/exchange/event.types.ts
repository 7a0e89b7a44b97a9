import type { Confirmer } from '../../domain/exchange/exchange-confirmation.js';
import type {
  EventStatus,
  EventStep,
  NotHandedOverReason,
  PersonOutcome,
  PersonOutcomeKind,
} from '../../domain/exchange/exchange-event.js';
import type { PlaceKind } from '../../domain/exchange/types.js';
import type { ExchangePerson } from './person.types.js';
import type { PersonIdentity } from './person-identity.js';

export { PLACE_KINDS } from '../../domain/exchange/types.js';
export type { PlaceKind };

export interface EventPerson extends ExchangePerson, Partial<PersonIdentity> {
  fromPartyId: string;
  toPartyId: string;
  /** What happened to them on the day, once the exchange is carried out. */
  outcome: { outcome: PersonOutcomeKind; reason: NotHandedOverReason | null; note: string | null } | null;
}

export interface EventConfirmation {
  kind: 'party' | 'coordinator';
  partyId: string | null;
  by: string;
  at: string;
}

/**
 * An exchange: where and when, who goes each way, who confirmed its plan, what happened on the day and who
 * confirmed that outcome; complete once everyone has.
 */
export interface ExchangeEventView {
  id: string;
  date: string;
  place: string;
  placeKind: PlaceKind;
  status: EventStatus;
  partyIds: string[];
  persons: EventPerson[];
  /** Confirmations of the plan (started over when the plan is edited). */
  confirmations: EventConfirmation[];
  carriedOut: { at: string; by: string } | null;
  outcomeConfirmations: EventConfirmation[];
  cancelled: { at: string; by: string; reason: string } | null;
  /** The outcome confirmed by all: the persons' statuses have changed. */
  complete: boolean;
  completedAt: string | null;
  /** The steps the reader may take now (domain availableEventSteps). */
  steps: EventStep[];
}

/** An exchange as its steps need it (domain EventState), with what the persons' status changes need. */
export interface EventForStep {
  id: string;
  date: string;
  place: string;
  placeKind: PlaceKind;
  status: EventStatus;
  partyIds: string[];
  planConfirmedBy: Confirmer[];
  outcomeConfirmedBy: Confirmer[];
  personIds: string[];
  /** The recorded outcome of each person (empty until carried out). */
  outcomes: PersonOutcome[];
}

export interface NewExchangeEvent {
  date: string;
  place: string;
  placeKind: PlaceKind;
  personIds: string[];
}

/** A planned exchange as the store writes it: its parties and who goes from which party to which. */
export interface NewExchangeEventRows {
  date: string;
  place: string;
  placeKind: PlaceKind;
  partyIds: readonly string[];
  persons: { personId: string; fromPartyId: string; toPartyId: string }[];
}

/** A person asked for in an exchange, and whether a planned exchange already includes them. */
export interface ExchangeCandidate {
  person: ExchangePerson;
  inPlannedExchange: boolean;
}

export interface PastConfirmation {
  partyId: string | null;
  userId: string | null;
  username: string;
  at: string;
}

/**
 * An exchange that already took place, every person handed over: its persons, the confirmations of its plan and of
 * its outcome, when it was carried out and the dates of the persons' steps.
 */
export interface PastExchange {
  date: string;
  place: string;
  placeKind: PlaceKind;
  persons: { displayName: string; ownPartyId: string; holdingPartyId: string }[];
  confirmations: PastConfirmation[];
  carriedOutAt: string;
  outcomeConfirmations: PastConfirmation[];
  /** When persons were listed, located and verified (ISO times), in that order. */
  steps: [string, string, string];
}
