import type { ExchangePerson } from '../../domain/exchange/exchange-plan.js';
import type { PersonStatus, StatusEvent } from '../../domain/exchange/types.js';

export type { ExchangePerson };

/** One step of a person's status history: who moved them, when and why. */
export interface PersonStatusHistoryItem {
  from: PersonStatus | null;
  to: PersonStatus;
  event: StatusEvent | null;
  reason: string;
  by: string;
  at: string;
  exchangeEventId: string | null;
}

export interface PersonDetail extends ExchangePerson {
  history: PersonStatusHistoryItem[];
  /** The events the current status allows (domain availableEvents). */
  availableEvents: StatusEvent[];
}
