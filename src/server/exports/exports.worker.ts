import type { DiscrepancyReport } from '../../domain/exchange/discrepancy-report.js';
import { csvText, xlsxTable } from '../../platform/tables/index.js';
import { serveRequests } from '../../platform/workers/index.js';
import { dailyBulletinPdf } from './daily-bulletin-pdf.js';
import { discrepancyReportPdf } from './discrepancy-report-pdf.js';
import { discrepancyReportXlsx } from './discrepancy-report-xlsx.js';
import { exportLabels } from './export-labels.js';
import type { ExportJob } from './exports.worker-task.js';
import { manifestPdf } from './manifest-pdf.js';
import { pairsTable } from './pairs-table.js';

/** The report of a job: given, or parsed here from its JSON. */
const reportOf = (
  source: Extract<ExportJob, { kind: 'report-pdf' | 'report-xlsx' }>['report'],
): DiscrepancyReport => ('json' in source ? (JSON.parse(source.json) as DiscrepancyReport) : source);

/** Writes one export; `partyName` names a party by id in the export's language. */
async function write(job: ExportJob, partyName: (partyId: string) => string): Promise<Buffer> {
  switch (job.kind) {
    case 'bulletin-pdf':
      return dailyBulletinPdf(job.bulletin, job.ctx);
    case 'manifest-pdf':
      return manifestPdf(job.event, { ...job.ctx, partyName });
    case 'report-pdf':
      return discrepancyReportPdf(reportOf(job.report), { ...job.ctx, partyName });
    case 'report-xlsx':
      return discrepancyReportXlsx(reportOf(job.report), { ...job.ctx, partyName });
    case 'pairs-csv':
    case 'pairs-xlsx': {
      const { header, rows } = pairsTable(job.pairs, { language: job.language, partyName });
      return job.kind === 'pairs-csv'
        ? Buffer.from(`\uFEFF${csvText(header, rows)}`, 'utf8')
        : xlsxTable(exportLabels(job.language).pairsTitle, header, rows);
    }
  }
}

// Runs in a worker thread: writes the PDF, XLSX and CSV exports off the event loop, within the budget of its pool.
serveRequests(async (payload, context) => {
  const job = payload as ExportJob;
  const written = await write(
    job,
    (partyId) => ('partyNames' in job ? job.partyNames[partyId] : undefined) ?? partyId,
  );
  // Its own buffer (a small Buffer may share a pooled one), moved to the caller rather than copied.
  const bytes = new Uint8Array(written);
  context.transfer(bytes.buffer);
  return bytes;
});
