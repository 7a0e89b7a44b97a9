import type { DiscrepancyReport } from '../../../../server/exchange/report.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function publishReport(asOf: string): Promise<DiscrepancyReport> {
  return apiRequest<DiscrepancyReport>('POST', '/exchange/discrepancy-report/publish', { body: { asOf } });
}
