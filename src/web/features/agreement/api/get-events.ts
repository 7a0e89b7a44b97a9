import type { AgreementEvent, AgreementEvents } from '../../../../server/routes/agreements.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function getEvents(signal?: AbortSignal): Promise<AgreementEvent[]> {
  return apiRequest<AgreementEvents>('GET', '/events', { signal }).then((list) => list.items);
}
