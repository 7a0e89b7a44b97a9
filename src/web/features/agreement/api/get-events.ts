import { apiRequest } from '../../../lib/api-client.js';
import type { AgreementEvent, ItemList } from '../../../lib/api-types.js';

export function getEvents(signal?: AbortSignal): Promise<AgreementEvent[]> {
  return apiRequest<ItemList<AgreementEvent>>('GET', '/events', { signal }).then((list) => list.items);
}
