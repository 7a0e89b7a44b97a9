import type { MatchQueue } from '../../../../server/tracing/tracing.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

/** The candidates still to decide, most likely first (the coordinator's alone). */
export function getMatches(
  page: { limit: number; offset: number },
  signal?: AbortSignal,
): Promise<MatchQueue> {
  return apiRequest<MatchQueue>('GET', '/tracing/matches', { query: page, signal });
}
