import { apiRequest } from '../../../lib/api-client.js';
import type { DiscrepancyReport } from './types.js';

export function publishReport(asOf: string): Promise<DiscrepancyReport> {
  return apiRequest<DiscrepancyReport>('POST', '/exchange/discrepancy-report/publish', { body: { asOf } });
}
