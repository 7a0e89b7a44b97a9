import type { AllForAllPlan } from '../../../../server/exchange/persons.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function getPlan(signal?: AbortSignal): Promise<AllForAllPlan> {
  return apiRequest<AllForAllPlan>('GET', '/exchange/plan', { signal });
}
