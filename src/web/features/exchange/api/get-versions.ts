import { apiRequest } from '../../../lib/api-client.js';
import type { ItemList } from '../../../lib/api-types.js';
import type { ListVersion } from './types.js';

export function getVersions(listId: string, signal?: AbortSignal): Promise<ListVersion[]> {
  return apiRequest<ItemList<ListVersion>>('GET', `/exchange/lists/${encodeURIComponent(listId)}/versions`, {
    signal,
  }).then((list) => list.items);
}
