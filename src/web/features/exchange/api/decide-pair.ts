import type { PairDecision, ReviewDecision } from '../../../../server/exchange/reconciliation.schemas.js';
import { ApiError, apiRequest } from '../../../lib/api-client.js';

/** Sends the version read with the pair: if someone decided since, the server answers 409 and keeps theirs. */
export function decidePair(
  pairId: string,
  decision: { decision: ReviewDecision; note: string; version: number },
): Promise<PairDecision> {
  return apiRequest<PairDecision>('POST', `/exchange/pairs/${encodeURIComponent(pairId)}/decision`, {
    body: decision,
  });
}

export function isStaleDecision(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}
