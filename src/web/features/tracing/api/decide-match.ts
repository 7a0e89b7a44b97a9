import type { MatchDecisionBody, MatchDecisionResult } from '../../../../server/tracing/tracing.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

/** Confirms (the case moves) or rejects a candidate; a candidate decided meanwhile is refused with 409. */
export function decideMatch(id: string, body: MatchDecisionBody): Promise<MatchDecisionResult> {
  return apiRequest<MatchDecisionResult>('POST', `/tracing/matches/${encodeURIComponent(id)}/decision`, {
    body,
  });
}
