import { readReach } from '../../domain/access/policy.js';
import {
  type DiscrepancyInput,
  type DiscrepancyReport,
  type DiscrepancyReportView,
  type NamedCountPage,
  pageReport,
  type ReportSection,
  slicePage,
} from '../../domain/exchange/discrepancy-report.js';
import type { PartyScope, Store, WriteContext } from '../../store/index.js';
import { notFound } from '../problem.js';
import type { ReportComputer } from './report-computer.js';

export interface ReportDeps {
  store: Store;
  reports: ReportComputer;
}

type Published = { publishedAt: string | null; publishedBy: string | null };

/** Where a reader's report comes from: inputs to compute (live) or a published report already built. */
type ReportSource =
  | { live: { input: DiscrepancyInput; partyId: string | null }; published?: undefined }
  | { live?: undefined; published: DiscrepancyReport & Published };

/**
 * The live report's inputs for the coordinator, its own side of the last run shared with it for a liaison, the
 * last published report for observers (and for the coordinator before anything was reconciled or uploaded).
 */
async function sourceFor(store: Store, scope: PartyScope, asOf: string | undefined): Promise<ReportSource> {
  const reach = readReach(scope, 'live_report');
  if (reach === 'everything' || reach === 'shared_with_party') {
    const live = await store.repos.discrepancyReports.liveInputs(scope, asOf ?? today());
    if (live) return { live };
    // A liaison reads its own side of a shared run, never the published report (both sides).
    if (reach === 'shared_with_party') throw notFound('Shared results');
  }
  const published = await store.repos.discrepancyReports.published(asOf);
  if (!published) throw notFound('Published report');
  return { published };
}

const today = () => new Date().toISOString().slice(0, 10);

/** The report as read on screen: every count, and the first `limit` persons of each section (computed off-thread). */
export async function readReport(
  deps: ReportDeps,
  scope: PartyScope,
  asOf: string | undefined,
  limit: number,
): Promise<DiscrepancyReportView & Published> {
  const source = await sourceFor(deps.store, scope, asOf);
  if (source.published) {
    const { publishedAt, publishedBy } = source.published;
    return { ...pageReport(source.published, limit), publishedAt, publishedBy };
  }
  const view = await deps.reports.view({ kind: 'view', ...source.live, limit });
  return { ...view, publishedAt: null, publishedBy: null };
}

/** A page of one section of a side of the report this reader reads; 404 for a side it does not read. */
export async function readReportSection(
  deps: ReportDeps,
  scope: PartyScope,
  query: { asOf?: string; partyId: string; section: ReportSection; offset: number; limit: number },
): Promise<NamedCountPage> {
  const source = await sourceFor(deps.store, scope, query.asOf);
  if (source.published) {
    const side = source.published.sides.find((s) => s.partyId === query.partyId);
    if (!side) throw notFound('Report side');
    return slicePage(side[query.section], query.offset, query.limit);
  }
  const { input, partyId } = source.live;
  if (partyId !== null && partyId !== query.partyId) throw notFound('Report side');
  const page = await deps.reports.section({
    kind: 'section',
    input,
    partyId: query.partyId,
    section: query.section,
    offset: query.offset,
    limit: query.limit,
  });
  if (!page) throw notFound('Report side');
  return page;
}

/** The report for an export: a published one as kept, else its inputs for the export's worker to compute. */
export async function reportForExport(
  store: Store,
  scope: PartyScope,
  asOf: string | undefined,
): Promise<{
  asOf: string;
  publishedAt: string | null;
  report: DiscrepancyReport | { input: DiscrepancyInput; partyId: string | null };
}> {
  const source = await sourceFor(store, scope, asOf);
  if (source.published) {
    return {
      asOf: source.published.asOf,
      publishedAt: source.published.publishedAt,
      report: source.published,
    };
  }
  return { asOf: source.live.input.asOf, publishedAt: null, report: source.live };
}

/** The results of one run as read on the run page: the report's view of the run (first page of each section). */
export async function readRunResults(
  deps: ReportDeps,
  scope: PartyScope,
  runId: string,
  limit: number,
): Promise<DiscrepancyReportView | null> {
  const run = await deps.store.repos.discrepancyReports.runInputs(scope, runId);
  return run && deps.reports.view({ kind: 'view', ...run, limit });
}

/** A page of one section of a run's results. */
export async function readRunSection(
  deps: ReportDeps,
  scope: PartyScope,
  runId: string,
  query: { partyId: string; section: ReportSection; offset: number; limit: number },
): Promise<NamedCountPage> {
  const run = await deps.store.repos.discrepancyReports.runInputs(scope, runId);
  if (!run || (run.partyId !== null && run.partyId !== query.partyId))
    throw notFound('Reconciliation results');
  const page = await deps.reports.section({ kind: 'section', input: run.input, ...query });
  if (!page) throw notFound('Reconciliation results');
  return page;
}

/** Freezes the report as of a date for observers, computed off-thread; answers its first page. */
export async function publishReport(
  deps: ReportDeps,
  ctx: WriteContext,
  asOf: string,
  limit: number,
): Promise<DiscrepancyReportView & Published> {
  const published = await deps.store.repos.discrepancyReports.publish(ctx, asOf, (input) =>
    deps.reports.full({ kind: 'full', input, partyId: null }),
  );
  return {
    ...pageReport(published, limit),
    publishedAt: published.publishedAt,
    publishedBy: published.publishedBy,
  };
}
