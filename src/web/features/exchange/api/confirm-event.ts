import type { ExchangeEvent } from '../../../../server/exchange/events.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

/** The caller's side confirms the plan; the last of the required confirmations makes it confirmed. */
export function confirmEvent(id: string): Promise<ExchangeEvent> {
  return apiRequest<ExchangeEvent>('POST', `/exchange/events/${encodeURIComponent(id)}/confirm`, {
    body: {},
  });
}
