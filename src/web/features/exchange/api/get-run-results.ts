import type { RunResults } from '../../../../server/exchange/reconciliation.schemas.js';
import type { NamedCountPage, ReportSectionName } from '../../../../server/exchange/report.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

/** A run's results (the report's one computation): both sides for the coordinator, its own for a liaison. */
export function getRunResults(runId: string, signal?: AbortSignal): Promise<RunResults> {
  return apiRequest<RunResults>('GET', `/exchange/reconciliations/${encodeURIComponent(runId)}/results`, {
    signal,
  });
}

/** The next page of one section of a side of a run's results. */
export function getRunResultsSection(
  runId: string,
  partyId: string,
  section: ReportSectionName,
  offset: number,
): Promise<NamedCountPage> {
  const path = [runId, 'results', 'sections', partyId, section].map(encodeURIComponent).join('/');
  return apiRequest<NamedCountPage>('GET', `/exchange/reconciliations/${path}`, {
    query: { offset: String(offset) },
  });
}
