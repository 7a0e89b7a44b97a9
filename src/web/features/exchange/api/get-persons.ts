import type { ExchangePerson, ExchangePersons } from '../../../../server/exchange/persons.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function getPersons(signal?: AbortSignal): Promise<ExchangePerson[]> {
  return apiRequest<ExchangePersons>('GET', '/exchange/persons', { signal }).then((list) => list.items);
}
