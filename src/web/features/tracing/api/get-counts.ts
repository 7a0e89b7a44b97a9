import type { TracingCounts } from '../../../../server/tracing/tracing.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function getCounts(signal?: AbortSignal): Promise<TracingCounts> {
  return apiRequest<TracingCounts>('GET', '/tracing/counts', { signal });
}
