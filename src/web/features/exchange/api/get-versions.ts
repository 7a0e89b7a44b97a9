import type { ListVersion, ListVersions } from '../../../../server/exchange/lists.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function getVersions(listId: string, signal?: AbortSignal): Promise<ListVersion[]> {
  return apiRequest<ListVersions>('GET', `/exchange/lists/${encodeURIComponent(listId)}/versions`, {
    signal,
  }).then((list) => list.items);
}
