import type { Confirmer } from '../../domain/exchange/exchange-confirmation.js';
import type { PlaceKind } from '../../domain/exchange/types.js';
import type { ExchangePerson } from './person.types.js';
import type { PersonIdentity } from './person-identity.js';

export { PLACE_KINDS } from '../../domain/exchange/types.js';
export type { PlaceKind };

export interface EventPerson extends ExchangePerson, Partial<PersonIdentity> {
  fromPartyId: string;
  toPartyId: string;
}

export interface EventConfirmation {
  kind: 'party' | 'coordinator';
  partyId: string | null;
  by: string;
  at: string;
}

/** An exchange: where and when, who goes each way, who confirmed it; complete once everyone has. */
export interface ExchangeEventView {
  id: string;
  date: string;
  place: string;
  placeKind: PlaceKind;
  partyIds: string[];
  persons: EventPerson[];
  confirmations: EventConfirmation[];
  complete: boolean;
  completedAt: string | null;
}

/** What confirming an exchange needs to know of it (domain confirmExchange, and the persons to hand over). */
export interface EventToConfirm {
  id: string;
  date: string;
  place: string;
  partyIds: string[];
  confirmedBy: Confirmer[];
  personIds: string[];
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

/** An exchange that already took place, with its persons, confirmations and the dates of their steps. */
export interface PastExchange {
  date: string;
  place: string;
  placeKind: PlaceKind;
  persons: { displayName: string; ownPartyId: string; holdingPartyId: string }[];
  confirmations: { partyId: string | null; userId: string | null; username: string; at: string }[];
  /** When persons were listed, located and verified (ISO times), in that order. */
  steps: [string, string, string];
}
