import type { VerifiedMatches } from '../../../../server/exchange/events.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

/** Verifies every confirmed or matched pair of a finished run at once, with one reason. */
export function verifyMatches(runId: string, reason: string): Promise<VerifiedMatches> {
  return apiRequest<VerifiedMatches>(
    'POST',
    `/exchange/reconciliations/${encodeURIComponent(runId)}/verify-matches`,
    {
      body: { reason },
    },
  );
}
