import type { DiscrepancyReport } from '../../../../server/exchange/report.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function getDiscrepancyReport(asOf: string | null, signal?: AbortSignal): Promise<DiscrepancyReport> {
  return apiRequest<DiscrepancyReport>('GET', '/exchange/discrepancy-report', { query: { asOf }, signal });
}

/** Where the browser downloads the report as a file (the session cookie goes with it). */
export function discrepancyReportFileUrl(
  format: 'xlsx' | 'pdf',
  asOf: string | null,
  language: string,
): string {
  const query = new URLSearchParams({ lang: language });
  if (asOf) query.set('asOf', asOf);
  return `/api/v1/exchange/discrepancy-report.${format}?${query.toString()}`;
}
