import type { ReconciliationStatus } from '../../../../server/exchange/reconciliation.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function startReconciliation(): Promise<{ id: string; status: ReconciliationStatus }> {
  return apiRequest<{ id: string; status: ReconciliationStatus }>('POST', '/exchange/reconciliations', {
    body: {},
  });
}
