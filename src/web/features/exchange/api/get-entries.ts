import type { ListEntries } from '../../../../server/exchange/lists.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function getEntries(
  listId: string,
  version: number,
  range: { after: string | null; limit: number },
  signal?: AbortSignal,
): Promise<ListEntries> {
  return apiRequest<ListEntries>(
    'GET',
    `/exchange/lists/${encodeURIComponent(listId)}/versions/${version}/entries`,
    { query: range, signal },
  );
}
