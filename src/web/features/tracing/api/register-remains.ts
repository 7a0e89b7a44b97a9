import type { RemainsBody, RemainsDetail } from '../../../../server/tracing/tracing.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function registerRemains(body: RemainsBody): Promise<RemainsDetail> {
  return apiRequest<RemainsDetail>('POST', '/tracing/remains', { body });
}
