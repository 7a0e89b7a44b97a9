import type { ExchangeEvent } from '../../../../server/exchange/events.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

/** The caller's side confirms the outcome; the last confirmation changes the persons' statuses. */
export function confirmOutcome(id: string): Promise<ExchangeEvent> {
  return apiRequest<ExchangeEvent>('POST', `/exchange/events/${encodeURIComponent(id)}/outcome/confirm`, {
    body: {},
  });
}
