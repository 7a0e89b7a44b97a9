import { apiRequest } from '../../../lib/api-client.js';
import type { ItemList } from '../../../lib/api-types.js';
import type { ExchangePerson } from './types.js';

export function getPersons(signal?: AbortSignal): Promise<ExchangePerson[]> {
  return apiRequest<ItemList<ExchangePerson>>('GET', '/exchange/persons', { signal }).then(
    (list) => list.items,
  );
}
