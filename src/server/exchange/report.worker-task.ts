import type { DiscrepancyInput, ReportSection } from '../../domain/exchange/discrepancy-report.js';

/**
 * The discrepancy report's computation to run in a worker thread, its inputs as plain values: the report as a page
 * to read (`view`), a page of one section (`section`), or all of it (`full`, to publish). `partyId`: that party's
 * side only (a liaison's), null for both.
 */
export type ReportJob =
  | { kind: 'view'; input: DiscrepancyInput; partyId: string | null; limit: number }
  | {
      kind: 'section';
      input: DiscrepancyInput;
      partyId: string;
      section: ReportSection;
      offset: number;
      limit: number;
    }
  | { kind: 'full'; input: DiscrepancyInput; partyId: string | null };
