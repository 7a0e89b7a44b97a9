import type { RemainsDetail, RemainsExchangeBody } from '../../../../server/tracing/tracing.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

/** Puts remains in a planned exchange: they change hands when its outcome is confirmed by all. */
export function putRemainsInExchange(id: string, body: RemainsExchangeBody): Promise<RemainsDetail> {
  return apiRequest<RemainsDetail>('POST', `/tracing/remains/${encodeURIComponent(id)}/exchange`, { body });
}
