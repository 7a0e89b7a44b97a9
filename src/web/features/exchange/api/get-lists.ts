import { apiRequest } from '../../../lib/api-client.js';
import type { ItemList } from '../../../lib/api-types.js';
import type { ExchangeList } from './types.js';

/** The lists the user may see: its own party's for a liaison, every party's for the coordinator. */
export function getLists(signal?: AbortSignal): Promise<ExchangeList[]> {
  return apiRequest<ItemList<ExchangeList>>('GET', '/exchange/lists', { signal }).then((list) => list.items);
}
