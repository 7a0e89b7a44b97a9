import type { ExchangeEvent } from '../../../../server/exchange/events.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

/** The last of the required confirmations moves the event's persons to handed over. */
export function confirmEvent(id: string): Promise<ExchangeEvent> {
  return apiRequest<ExchangeEvent>('POST', `/exchange/events/${encodeURIComponent(id)}/confirm`, {
    body: {},
  });
}
