import type { ExchangePersons, PersonStatus } from '../../../../server/exchange/persons.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

/** One page of persons in name order; `after` is the `next` cursor of the page before (null: the first page). */
export function getPersons(
  page: { status?: PersonStatus; after: string | null; limit: number },
  signal?: AbortSignal,
): Promise<ExchangePersons> {
  return apiRequest<ExchangePersons>('GET', '/exchange/persons', { query: page, signal });
}
