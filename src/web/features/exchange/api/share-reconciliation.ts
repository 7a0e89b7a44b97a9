import type { Reconciliation } from '../../../../server/exchange/reconciliation.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function shareReconciliation(id: string): Promise<Reconciliation> {
  return apiRequest<Reconciliation>('POST', `/exchange/reconciliations/${encodeURIComponent(id)}/share`, {
    body: {},
  });
}
