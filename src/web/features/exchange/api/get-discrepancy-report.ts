import type {
  DiscrepancyReport,
  NamedCountPage,
  ReportSectionName,
} from '../../../../server/exchange/report.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function getDiscrepancyReport(asOf: string | null, signal?: AbortSignal): Promise<DiscrepancyReport> {
  return apiRequest<DiscrepancyReport>('GET', '/exchange/discrepancy-report', { query: { asOf }, signal });
}

/** The next page of one section of a side of the report. */
export function getDiscrepancyReportSection(
  asOf: string | null,
  partyId: string,
  section: ReportSectionName,
  offset: number,
): Promise<NamedCountPage> {
  const path = `${encodeURIComponent(partyId)}/${encodeURIComponent(section)}`;
  return apiRequest<NamedCountPage>('GET', `/exchange/discrepancy-report/sections/${path}`, {
    query: { asOf, offset: String(offset) },
  });
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
