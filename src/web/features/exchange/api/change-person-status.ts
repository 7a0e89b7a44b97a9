import { apiRequest } from '../../../lib/api-client.js';
import type { PersonDetail, StatusEvent } from './types.js';

export function changePersonStatus(id: string, event: StatusEvent, reason: string): Promise<PersonDetail> {
  return apiRequest<PersonDetail>('POST', `/exchange/persons/${encodeURIComponent(id)}/status`, {
    body: { event, reason },
  });
}
