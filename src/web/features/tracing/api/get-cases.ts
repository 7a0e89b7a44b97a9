import type { CaseList } from '../../../../server/tracing/tracing.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

/** The cases the reader may see (the API scopes them by their sharing level). */
export function getCases(signal?: AbortSignal): Promise<CaseList> {
  return apiRequest<CaseList>('GET', '/tracing/cases', { query: { limit: 200 }, signal });
}
