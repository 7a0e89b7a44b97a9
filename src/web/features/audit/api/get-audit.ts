import type { AuditEntry } from '../../../../server/routes/audit.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export interface AuditFilter {
  actor?: string;
  action?: string;
  entityType?: string;
  /** ISO 8601 instants (UTC). */
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export function getAudit(
  filter: AuditFilter,
  signal?: AbortSignal,
): Promise<{ items: AuditEntry[]; total: number }> {
  return apiRequest('GET', '/audit', { query: { ...filter }, signal });
}
