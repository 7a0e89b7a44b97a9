import type { Selectable } from 'kysely';

export interface PublishedReportTable {
  id: string;
  as_of: string;
  report: string;
  published_by: string;
  published_at: string;
}
export type PublishedReportRow = Selectable<PublishedReportTable>;

/**
 * Counters of writes (kept by triggers): `report`, of the rows the discrepancy report is computed from; `persons`,
 * of those and the persons. What is computed from them is kept until its counter moves.
 */
export interface ExchangeDataVersionTable {
  name: 'report' | 'persons';
  version: number | string | bigint;
}
