import type { EventChangesBody, ExchangeEvent } from '../../../../server/exchange/events.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

/** Edits a planned or confirmed exchange; its confirmations start over. */
export function editEvent(id: string, changes: EventChangesBody): Promise<ExchangeEvent> {
  return apiRequest<ExchangeEvent>('PATCH', `/exchange/events/${encodeURIComponent(id)}`, { body: changes });
}
