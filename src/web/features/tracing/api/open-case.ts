import type { CaseBody, CaseDetail } from '../../../../server/tracing/tracing.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function openCase(body: CaseBody): Promise<CaseDetail> {
  return apiRequest<CaseDetail>('POST', '/tracing/cases', { body });
}
