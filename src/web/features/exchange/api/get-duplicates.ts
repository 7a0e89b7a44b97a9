import type { DuplicateCluster, DuplicateClusters } from '../../../../server/exchange/lists.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function getDuplicates(
  listId: string,
  version: number,
  signal?: AbortSignal,
): Promise<DuplicateCluster[]> {
  return apiRequest<DuplicateClusters>(
    'GET',
    `/exchange/lists/${encodeURIComponent(listId)}/versions/${version}/duplicates`,
    { signal },
  ).then((list) => list.items);
}
