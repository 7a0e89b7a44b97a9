import { apiRequest } from '../../../lib/api-client.js';
import type { Page, ReviewPair } from './types.js';

export function getReview(
  reconciliationId: string,
  range: { offset: number; limit: number },
  signal?: AbortSignal,
): Promise<Page<ReviewPair>> {
  return apiRequest<Page<ReviewPair>>(
    'GET',
    `/exchange/reconciliations/${encodeURIComponent(reconciliationId)}/review`,
    { query: range, signal },
  );
}
