import type { ExchangeList, ExchangeLists } from '../../../../server/exchange/lists.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

/** The lists the user may see: its own party's for a liaison, every party's for the coordinator. */
export function getLists(signal?: AbortSignal): Promise<ExchangeList[]> {
  return apiRequest<ExchangeLists>('GET', '/exchange/lists', { signal }).then((list) => list.items);
}
