import { apiRequest } from '../../../lib/api-client.js';
import type { ItemList } from '../../../lib/api-types.js';
import type { Reconciliation } from './types.js';

export function getReconciliations(signal?: AbortSignal): Promise<Reconciliation[]> {
  return apiRequest<ItemList<Reconciliation>>('GET', '/exchange/reconciliations', { signal }).then(
    (list) => list.items,
  );
}
