import {
  openWorkerPool,
  type WorkerBudget,
  type WorkerPool,
  workerModule,
} from '../../platform/workers/index.js';
import { type ReportReaderTarget, StoreError } from '../../store/index.js';
import { overBudget } from '../over-budget.js';
import { notFound } from '../problem.js';
import type { ReportAnswer, ReportJob, ReportResult } from './report.worker-task.js';

/** What computing one report may take (a hundred thousand persons: seconds, a few hundred MB). */
export const REPORT_BUDGET: WorkerBudget = { timeMs: 120_000, memoryMb: 1536 };

const WORKER = workerModule(import.meta.url, './report.worker');
/** How long an idle thread is kept, with the reports it computed (a reader pages on; others open the same report). */
const REPORT_IDLE_MS = 10 * 60_000;

/**
 * Reads and computes discrepancy reports in worker threads (two at once at most), each request within the budget:
 * the threads read the store through their own read-only connections and keep what they computed until the data it
 * was computed from changes, so the server's event loop neither reads a report's rows nor builds its persons.
 */
export interface ReportComputer {
  run<K extends ReportJob['kind']>(job: Extract<ReportJob, { kind: K }>): Promise<ReportResult<K>>;
  close(): Promise<void>;
}

export function openReportComputer(
  target: ReportReaderTarget,
  budget: WorkerBudget = REPORT_BUDGET,
): ReportComputer {
  let pool: WorkerPool | undefined;
  // Requests alike (same reader's rules, same page) asked while one is being answered share its answer: many readers
  // opening the report after a change wait for one computation, not one each in both threads.
  const inFlight = new Map<string, Promise<unknown>>();
  function ask<T>(job: ReportJob): Promise<T> {
    pool ??= openWorkerPool(WORKER, { size: 2, budget, workerData: { target }, idleMs: REPORT_IDLE_MS });
    if (job.kind === 'publish') return pool.run<T>(job);
    const key = JSON.stringify(job);
    const shared = inFlight.get(key);
    if (shared) return shared as Promise<T>;
    const asked = pool.run<T>(job).finally(() => inFlight.delete(key));
    inFlight.set(key, asked);
    return asked;
  }
  return {
    async run<K extends ReportJob['kind']>(job: Extract<ReportJob, { kind: K }>): Promise<ReportResult<K>> {
      let answer: ReportAnswer<ReportResult<K>>;
      try {
        answer = await ask<ReportAnswer<ReportResult<K>>>(job);
      } catch (error) {
        throw overBudget(error, {
          doing: 'Computing the discrepancy report',
          limit: "the server's limit for one report",
          advice: 'ask for an earlier date or tell the operator',
          type: 'urn:parley:problem:report-over-budget',
        });
      }
      if ('notFound' in answer) throw notFound(answer.notFound);
      if ('invalid' in answer) throw new StoreError('invalid', answer.invalid.message, answer.invalid.fields);
      return answer.ok;
    },
    async close() {
      await pool?.close();
    },
  };
}
