import type { CaseDetail } from '../../../../server/tracing/tracing.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function getCase(id: string, signal?: AbortSignal): Promise<CaseDetail> {
  return apiRequest<CaseDetail>('GET', `/tracing/cases/${encodeURIComponent(id)}`, { signal });
}
