import type { ReviewPage, ReviewShow } from '../../../../server/exchange/reconciliation.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function getReview(
  reconciliationId: string,
  range: { after: string | null; limit: number; show?: ReviewShow },
  signal?: AbortSignal,
): Promise<ReviewPage> {
  return apiRequest<ReviewPage>(
    'GET',
    `/exchange/reconciliations/${encodeURIComponent(reconciliationId)}/review`,
    { query: range, signal },
  );
}
