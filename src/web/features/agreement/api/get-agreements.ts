import type { Agreement, Agreements } from '../../../../server/routes/agreements.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function getAgreements(signal?: AbortSignal): Promise<Agreement[]> {
  return apiRequest<Agreements>('GET', '/agreements', { signal }).then((list) => list.items);
}
