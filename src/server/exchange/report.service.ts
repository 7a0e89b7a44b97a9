import type {
  DiscrepancyReportView,
  NamedCountPage,
  ReportSection,
} from '../../domain/exchange/discrepancy-report.js';
import type { PartyScope, Store, WriteContext } from '../../store/index.js';
import type { Published, ReportExport } from './report.worker-task.js';
import type { ReportComputer } from './report-computer.js';

export interface ReportDeps {
  store: Store;
  reports: ReportComputer;
}

// Every read of the report goes to the report's worker threads, which apply the reading rules: the live report for
// the coordinator, its own side of the last run shared with it for a liaison, the last published for observers (and
// for the coordinator before anything was reconciled or uploaded); a side the reader does not read is not found.

/** The report as read on screen: every count, and the first `limit` persons of each section. */
export async function readReport(
  deps: ReportDeps,
  scope: PartyScope,
  asOf: string | undefined,
  limit: number,
): Promise<DiscrepancyReportView & Published> {
  return deps.reports.run({ kind: 'view', source: { kind: 'live', scope, asOf }, limit });
}

/** A page of one section of a side of the report this reader reads; 404 for a side it does not read. */
export async function readReportSection(
  deps: ReportDeps,
  scope: PartyScope,
  query: { asOf?: string; partyId: string; section: ReportSection; offset: number; limit: number },
): Promise<NamedCountPage> {
  const { asOf, ...page } = query;
  return deps.reports.run({ kind: 'section', source: { kind: 'live', scope, asOf }, ...page });
}

/** The whole report for an export, as JSON for the export's worker (a published one as kept). */
export async function reportForExport(
  deps: ReportDeps,
  scope: PartyScope,
  asOf: string | undefined,
): Promise<ReportExport> {
  return deps.reports.run({ kind: 'export', source: { kind: 'live', scope, asOf } });
}

/** The results of one run as read on the run page: the report's view of the run (first page of each section). */
export async function readRunResults(
  deps: ReportDeps,
  scope: PartyScope,
  runId: string,
  limit: number,
): Promise<DiscrepancyReportView> {
  const { asOf, sides } = await deps.reports.run({
    kind: 'view',
    source: { kind: 'run', scope, runId },
    limit,
  });
  return { asOf, sides };
}

/** A page of one section of a run's results. */
export async function readRunSection(
  deps: ReportDeps,
  scope: PartyScope,
  runId: string,
  query: { partyId: string; section: ReportSection; offset: number; limit: number },
): Promise<NamedCountPage> {
  return deps.reports.run({ kind: 'section', source: { kind: 'run', scope, runId }, ...query });
}

/**
 * Freezes the report as of a date for observers: computed in a worker thread (from its own snapshot), which hands
 * back the report as JSON text to store and its first page to answer.
 */
export async function publishReport(
  deps: ReportDeps,
  ctx: WriteContext,
  asOf: string,
  limit: number,
): Promise<DiscrepancyReportView & Published> {
  const { json, claimed, located, view } = await deps.reports.run({ kind: 'publish', asOf, limit });
  const stored = await deps.store.repos.discrepancyReports.storePublished(ctx, asOf, {
    json,
    claimed,
    located,
  });
  return { ...view, ...stored };
}
