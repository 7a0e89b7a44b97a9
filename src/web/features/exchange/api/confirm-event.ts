import { apiRequest } from '../../../lib/api-client.js';
import type { ExchangeEvent } from './types.js';

/** The last of the required confirmations moves the event's persons to handed over. */
export function confirmEvent(id: string): Promise<ExchangeEvent> {
  return apiRequest<ExchangeEvent>('POST', `/exchange/events/${encodeURIComponent(id)}/confirm`, {
    body: {},
  });
}
