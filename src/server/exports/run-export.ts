import {
  openWorkerPool,
  type WorkerBudget,
  type WorkerPool,
  workerModule,
} from '../../platform/workers/index.js';
import { overBudget } from '../over-budget.js';
import type { ExportJob } from './exports.worker-task.js';

/** What writing one export may take: over it the export is stopped and the request answered with a problem. */
export const EXPORT_BUDGET: WorkerBudget = { timeMs: 60_000, memoryMb: 512 };

const WORKER = workerModule(import.meta.url, './exports.worker');

/** Writes exports in worker threads (two at once at most), each within the budget. */
export interface Exporter {
  run(job: ExportJob): Promise<Buffer>;
  close(): Promise<void>;
}

export function openExporter(budget: WorkerBudget = EXPORT_BUDGET): Exporter {
  let pool: WorkerPool | undefined;
  return {
    async run(job) {
      pool ??= openWorkerPool(WORKER, { size: 2, budget });
      try {
        const bytes = await pool.run<Uint8Array>(job);
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      } catch (error) {
        throw overBudget(error, {
          doing: 'Writing this export',
          limit: "the server's limit for one export",
          advice: 'ask for a smaller report (an earlier date) or tell the operator',
          type: 'urn:parley:problem:export-over-budget',
        });
      }
    },
    async close() {
      await pool?.close();
    },
  };
}
