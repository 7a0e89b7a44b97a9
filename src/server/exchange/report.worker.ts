import { readReach } from '../../domain/access/policy.js';
import { type PartyScope, SYSTEM_SCOPE } from '../../domain/access/types.js';
import {
  type DiscrepancyReport,
  fullReport,
  pageReport,
  reportView,
  type SortedReport,
  sectionPage,
  slicePage,
  sortReport,
} from '../../domain/exchange/discrepancy-report.js';
import { serveRequests, startData } from '../../platform/workers/index.js';
import {
  openReportReader,
  type ReportReader,
  type ReportReaderTarget,
  type ReportReads,
  type ReportSelection,
  StoreError,
} from '../../store/index.js';
import { todayIso } from '../today.js';
import type { Published, ReportAnswer, ReportJob, ReportResult, ReportSource } from './report.worker-task.js';

// Runs in a worker thread: reads a report's rows through its own read-only connection, groups them into persons and
// sections, and answers pages, all off the event loop and within the budget of its pool. A computed report is kept
// for its selection and the store's report data version (moved by every write it depends on), so paging through a
// section or reading it again computes nothing until the data changes.

const { target } = startData<{ target: ReportReaderTarget }>();
let reader: ReportReader | undefined;

/** Reports computed, by data version and selection, oldest first; those of an older version are dropped. */
const computed = new Map<string, SortedReport>();
const KEPT_REPORTS = 4;
/** Published reports as parsed, by id (a published report never changes). */
const published = new Map<string, DiscrepancyReport>();
const KEPT_PUBLISHED = 2;

function keep<T>(cache: Map<string, T>, key: string, value: T, size: number): T {
  cache.delete(key);
  cache.set(key, value);
  for (const oldest of cache.keys()) {
    if (cache.size <= size) break;
    cache.delete(oldest);
  }
  return value;
}

async function sorted(reads: ReportReads, selection: ReportSelection): Promise<SortedReport> {
  const version = await reads.dataVersion();
  const key = `${version}\u0000${JSON.stringify(selection)}`;
  const hit = computed.get(key);
  if (hit) return keep(computed, key, hit, KEPT_REPORTS);
  for (const old of [...computed.keys()]) if (!old.startsWith(`${version}\u0000`)) computed.delete(old);
  return keep(computed, key, sortReport(await reads.inputs(selection)), KEPT_REPORTS);
}

/** The side a reader reads: null (both) for the coordinator, its own party's for a liaison. */
const sideOf = (scope: PartyScope): string | null =>
  readReach(scope, 'live_report') === 'everything' || !scope.partyId ? null : scope.partyId;

type Resolved =
  | { live: SortedReport; side: string | null }
  | { published: DiscrepancyReport & { publishedAt: string; publishedBy: string } };

/** What a source is for its reader (the rules of the report service), or what was not found. */
async function resolve(reads: ReportReads, source: ReportSource): Promise<Resolved | { notFound: string }> {
  const { scope } = source;
  if (source.kind === 'run') {
    const selection = await reads.runSelection(scope, source.runId);
    if (!selection) return { notFound: 'Reconciliation results' };
    return { live: await sorted(reads, selection), side: sideOf(scope) };
  }
  const reach = readReach(scope, 'live_report');
  if (reach === 'everything' || reach === 'shared_with_party') {
    const selection = await reads.liveSelection(scope, source.asOf ?? todayIso());
    if (selection) return { live: await sorted(reads, selection), side: sideOf(scope) };
    // A liaison reads its own side of a shared run, never the published report (both sides).
    if (reach === 'shared_with_party') return { notFound: 'Shared results' };
  }
  const head = await reads.publishedHead(source.asOf);
  const body = head && (published.get(head.id) ?? (await reads.publishedBody(head.id)));
  if (!head || !body) return { notFound: 'Published report' };
  keep(published, head.id, body, KEPT_PUBLISHED);
  return { published: { ...body, publishedAt: head.publishedAt, publishedBy: head.publishedBy } };
}

const NOT_PUBLISHED: Published = { publishedAt: null, publishedBy: null };

async function answer(
  reads: ReportReads,
  job: ReportJob,
): Promise<ReportAnswer<ReportResult<ReportJob['kind']>>> {
  if (job.kind === 'publish') {
    const selection = await reads.liveSelection(SYSTEM_SCOPE, job.asOf);
    if (!selection) return { invalid: { message: 'Nothing to publish', fields: [] } };
    const report = await sorted(reads, selection);
    const full = fullReport(report, null);
    return {
      ok: {
        json: JSON.stringify(full),
        claimed: full.sides.map((s) => s.claimedMissing.count),
        located: full.sides.map((s) => s.locatedInOtherList.count),
        view: reportView(report, null, job.limit),
      },
    };
  }
  const found = await resolve(reads, job.source);
  if ('notFound' in found) return found;
  const sideMissing = job.source.kind === 'run' ? 'Reconciliation results' : 'Report side';
  switch (job.kind) {
    case 'view':
      return 'live' in found
        ? { ok: { ...reportView(found.live, found.side, job.limit), ...NOT_PUBLISHED } }
        : {
            ok: {
              ...pageReport(found.published, job.limit),
              publishedAt: found.published.publishedAt,
              publishedBy: found.published.publishedBy,
            },
          };
    case 'section': {
      if ('published' in found) {
        const side = found.published.sides.find((s) => s.partyId === job.partyId);
        return side ? { ok: slicePage(side[job.section], job.offset, job.limit) } : { notFound: sideMissing };
      }
      if (found.side !== null && found.side !== job.partyId) return { notFound: sideMissing };
      const page = sectionPage(found.live, job.partyId, job.section, job.offset, job.limit);
      return page ? { ok: page } : { notFound: sideMissing };
    }
    case 'export':
      return 'live' in found
        ? {
            ok: {
              asOf: found.live.asOf,
              publishedAt: null,
              json: JSON.stringify(fullReport(found.live, found.side)),
            },
          }
        : {
            ok: {
              asOf: found.published.asOf,
              publishedAt: found.published.publishedAt,
              json: JSON.stringify(found.published),
            },
          };
  }
}

serveRequests(async (payload) => {
  reader ??= openReportReader(target);
  try {
    return await reader.read((reads) => answer(reads, payload as ReportJob));
  } catch (error) {
    if (error instanceof StoreError && error.code === 'invalid') {
      return { invalid: { message: error.message, fields: error.fields } };
    }
    throw error;
  }
});
