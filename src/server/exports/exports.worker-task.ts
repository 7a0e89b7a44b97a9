import type { DailyBulletin } from '../../domain/corridor/daily-bulletin.js';
import type { DiscrepancyReport } from '../../domain/exchange/discrepancy-report.js';
import type { ExchangeEventView } from '../../store/index.js';
import type { BulletinContext } from './daily-bulletin-pdf.js';
import type { ReportExportContext } from './discrepancy-report-xlsx.js';
import type { ExportLanguage } from './export-labels.js';
import type { ManifestContext } from './manifest-pdf.js';
import type { PairsTablePair } from './pairs-table.js';

/**
 * An export to write in a worker thread: its data and context as plain values (a party's name by id in
 * `partyNames`, since a function does not cross threads).
 */
export type ExportJob =
  | {
      kind: 'report-pdf' | 'report-xlsx';
      /** The report, or the report as JSON (as the report's worker hands it over: one string crosses threads). */
      report: DiscrepancyReport | { json: string };
      ctx: Omit<ReportExportContext, 'partyName'>;
      partyNames: Record<string, string>;
    }
  | {
      kind: 'manifest-pdf';
      event: ExchangeEventView;
      ctx: Omit<ManifestContext, 'partyName'>;
      partyNames: Record<string, string>;
    }
  | { kind: 'bulletin-pdf'; bulletin: DailyBulletin; ctx: BulletinContext }
  | {
      kind: 'pairs-csv' | 'pairs-xlsx';
      pairs: PairsTablePair[];
      language: ExportLanguage;
      partyNames: Record<string, string>;
    };
