import type { ListDiff } from '../../../../server/exchange/lists.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function getDiff(listId: string, from: number, to: number, signal?: AbortSignal): Promise<ListDiff> {
  return apiRequest<ListDiff>('GET', `/exchange/lists/${encodeURIComponent(listId)}/diff`, {
    query: { from, to },
    signal,
  });
}
