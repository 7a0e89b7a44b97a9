import type { CaseDetail, CaseStatusBody } from '../../../../server/tracing/tracing.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

/** Moves a case by an event of its machine (a liaison closes or reopens; the coordinator decides the rest). */
export function changeCaseStatus(id: string, body: CaseStatusBody): Promise<CaseDetail> {
  return apiRequest<CaseDetail>('POST', `/tracing/cases/${encodeURIComponent(id)}/status`, { body });
}
