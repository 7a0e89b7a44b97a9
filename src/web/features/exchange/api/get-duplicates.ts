import { apiRequest } from '../../../lib/api-client.js';
import type { ItemList } from '../../../lib/api-types.js';
import type { DuplicateCluster } from './types.js';

export function getDuplicates(
  listId: string,
  version: number,
  signal?: AbortSignal,
): Promise<DuplicateCluster[]> {
  return apiRequest<ItemList<DuplicateCluster>>(
    'GET',
    `/exchange/lists/${encodeURIComponent(listId)}/versions/${version}/duplicates`,
    { signal },
  ).then((list) => list.items);
}
