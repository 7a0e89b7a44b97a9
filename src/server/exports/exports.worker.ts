import { serveRequests } from '../../platform/workers/index.js';
import { dailyBulletinPdf } from './daily-bulletin-pdf.js';
import { discrepancyReportPdf } from './discrepancy-report-pdf.js';
import { discrepancyReportXlsx } from './discrepancy-report-xlsx.js';
import type { ExportJob } from './exports.worker-task.js';
import { manifestPdf } from './manifest-pdf.js';

// Runs in a worker thread: writes the PDF and XLSX exports off the event loop, within the budget of its pool.
serveRequests(async (payload, context) => {
  const job = payload as ExportJob;
  if (job.kind === 'bulletin-pdf') return transferred(await dailyBulletinPdf(job.bulletin, job.ctx), context);
  const partyName = (partyId: string) => job.partyNames[partyId] ?? partyId;
  const written =
    job.kind === 'manifest-pdf'
      ? await manifestPdf(job.event, { ...job.ctx, partyName })
      : job.kind === 'report-pdf'
        ? await discrepancyReportPdf(job.report, { ...job.ctx, partyName })
        : await discrepancyReportXlsx(job.report, { ...job.ctx, partyName });
  return transferred(written, context);
});

/** Its own buffer (a small Buffer may share a pooled one), moved to the caller rather than copied. */
function transferred(written: Buffer, context: { transfer(buffer: ArrayBuffer): void }): Uint8Array {
  const bytes = new Uint8Array(written);
  context.transfer(bytes.buffer);
  return bytes;
}
