import type { RunResults } from '../../../../server/exchange/reconciliation.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

/** A run's results (the report's one computation): both sides for the coordinator, its own for a liaison. */
export function getRunResults(runId: string, signal?: AbortSignal): Promise<RunResults> {
  return apiRequest<RunResults>('GET', `/exchange/reconciliations/${encodeURIComponent(runId)}/results`, {
    signal,
  });
}
