import type { ExchangeEvent, ExchangeEvents } from '../../../../server/exchange/events.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function getEvents(signal?: AbortSignal): Promise<ExchangeEvent[]> {
  return apiRequest<ExchangeEvents>('GET', '/exchange/events', { signal }).then((list) => list.items);
}
