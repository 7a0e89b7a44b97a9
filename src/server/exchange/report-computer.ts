import type {
  DiscrepancyReport,
  DiscrepancyReportView,
  NamedCountPage,
} from '../../domain/exchange/discrepancy-report.js';
import {
  openWorkerPool,
  type WorkerBudget,
  WorkerBudgetError,
  type WorkerPool,
  workerModule,
} from '../../platform/workers/index.js';
import { HttpProblem } from '../problem.js';
import type { ReportJob } from './report.worker-task.js';

/** What computing one report may take (a hundred thousand persons: seconds, a few hundred MB). */
export const REPORT_BUDGET: WorkerBudget = { timeMs: 120_000, memoryMb: 1536 };

const WORKER = workerModule(import.meta.url, './report.worker');

/** Computes discrepancy reports in worker threads (two at once at most), each within the budget. */
export interface ReportComputer {
  view(job: Extract<ReportJob, { kind: 'view' }>): Promise<DiscrepancyReportView>;
  section(job: Extract<ReportJob, { kind: 'section' }>): Promise<NamedCountPage | null>;
  full(job: Extract<ReportJob, { kind: 'full' }>): Promise<DiscrepancyReport>;
  close(): Promise<void>;
}

export function openReportComputer(budget: WorkerBudget = REPORT_BUDGET): ReportComputer {
  let pool: WorkerPool | undefined;
  async function run<T>(job: ReportJob): Promise<T> {
    pool ??= openWorkerPool(WORKER, { size: 2, budget });
    try {
      return await pool.run<T>(job);
    } catch (error) {
      if (!(error instanceof WorkerBudgetError)) throw error;
      throw new HttpProblem(
        503,
        `Computing the discrepancy report: ${error.message} (the server's limit for one report); ` +
          'ask for an earlier date or tell the operator',
        { type: 'urn:parley:problem:report-over-budget' },
      );
    }
  }
  return {
    view: (job) => run(job),
    section: (job) => run(job),
    full: (job) => run(job),
    async close() {
      await pool?.close();
    },
  };
}
