import type { AuditVerdict } from '../../../../server/routes/audit.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

/** Walks the whole audit chain on the server and returns its verdict. */
export function verifyAudit(): Promise<AuditVerdict> {
  return apiRequest<AuditVerdict>('POST', '/audit/verify', { body: {} });
}
