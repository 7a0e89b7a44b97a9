import type { IdentificationBody, RemainsDetail } from '../../../../server/tracing/tracing.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

/** Records an identification step; a confirmed one locates the case it names dead. */
export function identifyRemains(id: string, body: IdentificationBody): Promise<RemainsDetail> {
  return apiRequest<RemainsDetail>('POST', `/tracing/remains/${encodeURIComponent(id)}/identification`, {
    body,
  });
}
