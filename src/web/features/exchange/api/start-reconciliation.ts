import { apiRequest } from '../../../lib/api-client.js';
import type { ReconciliationStatus } from './types.js';

export function startReconciliation(): Promise<{ id: string; status: ReconciliationStatus }> {
  return apiRequest<{ id: string; status: ReconciliationStatus }>('POST', '/exchange/reconciliations', {
    body: {},
  });
}
