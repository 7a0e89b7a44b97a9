import type {
  CaseBody,
  CaseDetail,
  CaseSummary,
  TracingCounts,
} from '../../../server/tracing/tracing.schemas.js';
import { apiRequest } from '../../lib/api-client.js';

export function getCases(signal?: AbortSignal): Promise<{ items: CaseSummary[]; total: number }> {
  return apiRequest('GET', '/tracing/cases?limit=200', { signal });
}

export function getCase(id: string, signal?: AbortSignal): Promise<CaseDetail> {
  return apiRequest<CaseDetail>('GET', `/tracing/cases/${encodeURIComponent(id)}`, { signal });
}

export function openCase(body: CaseBody): Promise<CaseDetail> {
  return apiRequest<CaseDetail>('POST', '/tracing/cases', { body });
}

export function getCounts(signal?: AbortSignal): Promise<TracingCounts> {
  return apiRequest<TracingCounts>('GET', '/tracing/counts', { signal });
}
