import {
  buildDiscrepancyReport,
  buildReportView,
  reportSectionPage,
} from '../../domain/exchange/discrepancy-report.js';
import { serveRequests } from '../../platform/workers/index.js';
import type { ReportJob } from './report.worker-task.js';

// Runs in a worker thread: groups a report's entries into persons and sections off the event loop, within the
// budget of its pool; only plain data crosses.
serveRequests((payload) => {
  const job = payload as ReportJob;
  switch (job.kind) {
    case 'view':
      return buildReportView(job.input, job.partyId, job.limit);
    case 'section':
      return reportSectionPage(job.input, job.partyId, job.section, job.offset, job.limit);
    case 'full':
      return buildDiscrepancyReport(job.input, job.partyId);
  }
});
