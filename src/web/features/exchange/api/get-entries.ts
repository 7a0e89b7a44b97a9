import { apiRequest } from '../../../lib/api-client.js';
import type { ListEntry, Page } from './types.js';

export function getEntries(
  listId: string,
  version: number,
  range: { offset: number; limit: number },
  signal?: AbortSignal,
): Promise<Page<ListEntry>> {
  return apiRequest<Page<ListEntry>>(
    'GET',
    `/exchange/lists/${encodeURIComponent(listId)}/versions/${version}/entries`,
    { query: range, signal },
  );
}
