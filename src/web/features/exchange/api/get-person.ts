import type { PersonDetail } from '../../../../server/exchange/persons.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function getPerson(id: string, signal?: AbortSignal): Promise<PersonDetail> {
  return apiRequest<PersonDetail>('GET', `/exchange/persons/${encodeURIComponent(id)}`, { signal });
}
