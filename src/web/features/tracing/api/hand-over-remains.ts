import type { HandoverBody, RemainsDetail } from '../../../../server/tracing/tracing.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function handOverRemains(id: string, body: HandoverBody): Promise<RemainsDetail> {
  return apiRequest<RemainsDetail>('POST', `/tracing/remains/${encodeURIComponent(id)}/handover`, { body });
}
