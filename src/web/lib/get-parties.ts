import { apiRequest } from './api-client.js';
import type { ItemList, Party } from './api-types.js';

/** GET /parties: shared because several modules show party names. */
export function getParties(signal?: AbortSignal): Promise<Party[]> {
  return apiRequest<ItemList<Party>>('GET', '/parties', { signal }).then((list) => list.items);
}
