import type { PartyScope } from '../../domain/access/types.js';
import type {
  DiscrepancyReportView,
  NamedCountPage,
  ReportSection,
} from '../../domain/exchange/discrepancy-report.js';

/**
 * Whose report and which: the live report as of a date (default today: the live one for the coordinator, its own side
 * of the last run shared with it for a liaison, the last published for observers), or one run's results.
 */
export type ReportSource =
  | { kind: 'live'; scope: PartyScope; asOf?: string }
  | { kind: 'run'; scope: PartyScope; runId: string };

export type Published = { publishedAt: string | null; publishedBy: string | null };

/**
 * The discrepancy report's work to run in a worker thread, which reads the store itself: the report as a page to
 * read (`view`), a page of one section (`section`), all of it as JSON for an export (`export`), or all of it as of a
 * date to publish (`publish`, with its first page and the counts the audit keeps).
 */
export type ReportJob =
  | { kind: 'view'; source: ReportSource; limit: number }
  | {
      kind: 'section';
      source: ReportSource;
      partyId: string;
      section: ReportSection;
      offset: number;
      limit: number;
    }
  | { kind: 'export'; source: ReportSource }
  | { kind: 'publish'; asOf: string; limit: number };

export interface ReportExport {
  asOf: string;
  publishedAt: string | null;
  /** The whole report (`DiscrepancyReport`) as JSON: one string crosses threads, not a hundred thousand objects. */
  json: string;
}

export interface ReportToPublish {
  json: string;
  claimed: number[];
  located: number[];
  view: DiscrepancyReportView;
}

/** What a job answers: its result, what the reader was not found to read (404), or an invalid request (400). */
export type ReportAnswer<T> =
  | { ok: T }
  | { notFound: string }
  | { invalid: { message: string; fields: { path: string; message: string }[] } };

export type ReportResult<J extends ReportJob['kind']> = J extends 'view'
  ? DiscrepancyReportView & Published
  : J extends 'section'
    ? NamedCountPage
    : J extends 'export'
      ? ReportExport
      : ReportToPublish;
