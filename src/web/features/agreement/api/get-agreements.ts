import { apiRequest } from '../../../lib/api-client.js';
import type { Agreement, ItemList } from '../../../lib/api-types.js';

export function getAgreements(signal?: AbortSignal): Promise<Agreement[]> {
  return apiRequest<ItemList<Agreement>>('GET', '/agreements', { signal }).then((list) => list.items);
}
