import type { PlanPage } from '../../../../server/exchange/events.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

/** The all-for-all plan, and what it still waits for. */
export function getPlan(signal?: AbortSignal): Promise<PlanPage> {
  return apiRequest<PlanPage>('GET', '/exchange/plan', { signal });
}
