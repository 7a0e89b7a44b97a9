import type { RemainsDto, RemainsList } from '../../../../server/tracing/tracing.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

/** One page of the remains the reader may see (recovered or held by its party), newest recovery first. */
export function getRemainsList(
  query: {
    identification?: RemainsDto['identification'];
    exchangeEventId?: string;
    limit: number;
    offset: number;
  },
  signal?: AbortSignal,
): Promise<RemainsList> {
  return apiRequest<RemainsList>('GET', '/tracing/remains', { query, signal });
}
