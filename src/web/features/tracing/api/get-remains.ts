import type { RemainsDetail } from '../../../../server/tracing/tracing.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function getRemains(id: string, signal?: AbortSignal): Promise<RemainsDetail> {
  return apiRequest<RemainsDetail>('GET', `/tracing/remains/${encodeURIComponent(id)}`, { signal });
}
