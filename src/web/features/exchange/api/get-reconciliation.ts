import type { Reconciliation } from '../../../../server/exchange/reconciliation.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function getReconciliation(id: string, signal?: AbortSignal): Promise<Reconciliation> {
  return apiRequest<Reconciliation>('GET', `/exchange/reconciliations/${encodeURIComponent(id)}`, { signal });
}
