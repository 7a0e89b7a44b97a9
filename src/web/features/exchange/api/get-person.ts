import { apiRequest } from '../../../lib/api-client.js';
import type { PersonDetail } from './types.js';

export function getPerson(id: string, signal?: AbortSignal): Promise<PersonDetail> {
  return apiRequest<PersonDetail>('GET', `/exchange/persons/${encodeURIComponent(id)}`, { signal });
}
