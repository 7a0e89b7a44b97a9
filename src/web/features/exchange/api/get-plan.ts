import { apiRequest } from '../../../lib/api-client.js';
import type { AllForAllPlan } from './types.js';

export function getPlan(signal?: AbortSignal): Promise<AllForAllPlan> {
  return apiRequest<AllForAllPlan>('GET', '/exchange/plan', { signal });
}
