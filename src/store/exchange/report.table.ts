import type { Selectable } from 'kysely';

export interface PublishedReportTable {
  id: string;
  as_of: string;
  report: string;
  published_by: string;
  published_at: string;
}
export type PublishedReportRow = Selectable<PublishedReportTable>;
