import type { ExchangeEvent } from '../../../../server/exchange/events.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

/** Cancels an exchange not carried out yet, saying why. */
export function cancelEvent(id: string, reason: string): Promise<ExchangeEvent> {
  return apiRequest<ExchangeEvent>('POST', `/exchange/events/${encodeURIComponent(id)}/cancel`, {
    body: { reason },
  });
}
