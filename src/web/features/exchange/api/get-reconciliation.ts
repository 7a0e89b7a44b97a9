import { apiRequest } from '../../../lib/api-client.js';
import type { Reconciliation } from './types.js';

export function getReconciliation(id: string, signal?: AbortSignal): Promise<Reconciliation> {
  return apiRequest<Reconciliation>('GET', `/exchange/reconciliations/${encodeURIComponent(id)}`, { signal });
}
