import type { Reconciliation, Reconciliations } from '../../../../server/exchange/reconciliation.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function getReconciliations(signal?: AbortSignal): Promise<Reconciliation[]> {
  return apiRequest<Reconciliations>('GET', '/exchange/reconciliations', { signal }).then(
    (list) => list.items,
  );
}
