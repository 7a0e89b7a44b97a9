import { apiRequest } from '../../../lib/api-client.js';

/** The action codes the log holds, for the action filter. */
export function getAuditActions(signal?: AbortSignal): Promise<{ items: string[] }> {
  return apiRequest('GET', '/audit/actions', { signal });
}
