import type { PersonDetail, StatusEvent } from '../../../../server/exchange/persons.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function changePersonStatus(id: string, event: StatusEvent, reason: string): Promise<PersonDetail> {
  return apiRequest<PersonDetail>('POST', `/exchange/persons/${encodeURIComponent(id)}/status`, {
    body: { event, reason },
  });
}
