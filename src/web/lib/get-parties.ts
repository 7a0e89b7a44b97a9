import type { Parties, Party } from '../../server/routes/parties.schemas.js';
import { apiRequest } from './api-client.js';

/** GET /parties: shared because several modules show party names. */
export function getParties(signal?: AbortSignal): Promise<Party[]> {
  return apiRequest<Parties>('GET', '/parties', { signal }).then((list) => list.items);
}
