import { apiRequest } from '../../../lib/api-client.js';
import type { Reconciliation } from './types.js';

export function shareReconciliation(id: string): Promise<Reconciliation> {
  return apiRequest<Reconciliation>('POST', `/exchange/reconciliations/${encodeURIComponent(id)}/share`, {
    body: {},
  });
}
