import type { ExchangeEvent, OutcomeBody } from '../../../../server/exchange/events.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

/** Records what happened on the day to each person of the exchange. */
export function recordOutcome(id: string, body: OutcomeBody): Promise<ExchangeEvent> {
  return apiRequest<ExchangeEvent>('POST', `/exchange/events/${encodeURIComponent(id)}/outcome`, { body });
}
