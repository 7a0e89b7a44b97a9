import type { ReviewPage } from '../../../../server/exchange/reconciliation.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function getReview(
  reconciliationId: string,
  range: { after: string | null; limit: number },
  signal?: AbortSignal,
): Promise<ReviewPage> {
  return apiRequest<ReviewPage>(
    'GET',
    `/exchange/reconciliations/${encodeURIComponent(reconciliationId)}/review`,
    { query: range, signal },
  );
}
