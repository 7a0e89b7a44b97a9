import type { Selectable } from 'kysely';

export interface PublishedReportTable {
  id: string;
  as_of: string;
  report: string;
  published_by: string;
  published_at: string;
}
export type PublishedReportRow = Selectable<PublishedReportTable>;

/** One row (id 1): counts the writes the discrepancy report is computed from (kept by triggers). */
export interface ReportDataVersionTable {
  id: number;
  version: number | string | bigint;
}
