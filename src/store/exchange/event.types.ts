import type { Confirmer } from '../../domain/exchange/exchange-confirmation.js';
import type { PlaceKind } from '../../domain/exchange/types.js';
import type { ExchangePerson } from './person.types.js';

export { PLACE_KINDS } from '../../domain/exchange/types.js';
export type { PlaceKind };

export interface EventPerson extends ExchangePerson {
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
