import type { PairStatus, PairsPage } from '../../../../server/exchange/reconciliation.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export interface PairsFilter {
  q: string;
  status: PairStatus | null;
}

export function getPairs(
  runId: string,
  filter: PairsFilter & { offset: number; limit: number },
  signal?: AbortSignal,
): Promise<PairsPage> {
  return apiRequest<PairsPage>('GET', `/exchange/reconciliations/${encodeURIComponent(runId)}/pairs`, {
    query: { q: filter.q || null, status: filter.status, offset: filter.offset, limit: filter.limit },
    signal,
  });
}

/** Where the browser downloads the pairs (filtered as the page) as a file. */
export function pairsFileUrl(
  runId: string,
  format: 'csv' | 'xlsx',
  filter: PairsFilter,
  language: string,
): string {
  const query = new URLSearchParams({ lang: language });
  if (filter.q) query.set('q', filter.q);
  if (filter.status) query.set('status', filter.status);
  return `/api/v1/exchange/reconciliations/${encodeURIComponent(runId)}/pairs.${format}?${query.toString()}`;
}
