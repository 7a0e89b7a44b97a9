import type { ExchangePerson } from '../../domain/exchange/exchange-plan.js';
import type { StatusReason } from '../../domain/exchange/status-reasons.js';
import type { PersonStatus, StatusEvent } from '../../domain/exchange/types.js';

export type { ExchangePerson };

/** One step of a person's status history: who moved them, when and why. */
export interface PersonStatusHistoryItem {
  from: PersonStatus | null;
  to: PersonStatus;
  event: StatusEvent | null;
  /** Why, as a label key with parameters (the web words it in the reader's language). */
  reason: StatusReason;
  by: string;
  at: string;
  exchangeEventId: string | null;
  /** The reconciliation the reason cites (`params.run`), by when it started. */
  run?: { id: string; startedAt: string };
}

export interface PersonDetail extends ExchangePerson {
  history: PersonStatusHistoryItem[];
  /** The events the current status allows (domain availableEvents). */
  availableEvents: StatusEvent[];
}
