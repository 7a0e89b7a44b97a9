import { apiRequest } from '../../../lib/api-client.js';
import type { ItemList } from '../../../lib/api-types.js';
import type { ExchangeEvent } from './types.js';

export function getEvents(signal?: AbortSignal): Promise<ExchangeEvent[]> {
  return apiRequest<ItemList<ExchangeEvent>>('GET', '/exchange/events', { signal }).then(
    (list) => list.items,
  );
}
