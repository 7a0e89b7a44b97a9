import {
  DEFAULT_THRESHOLDS,
  type Thresholds,
  thresholdsProblem,
} from '../../domain/exchange/reconciliation.js';
import type { ReconciliationRun, Store, WriteContext } from '../../store/index.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { HttpProblem } from '../problem.js';
import { RECONCILE_JOB, type ReconcileJobPayload } from './reconcile-job.js';

/** Queues a run over the latest version of each list, with thresholds the domain accepts. */
export async function startRun(
  store: Store,
  jobs: JobQueue,
  ctx: WriteContext,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Promise<ReconciliationRun> {
  const problem = thresholdsProblem(thresholds);
  if (problem) {
    throw new HttpProblem(400, 'Thresholds must satisfy 0 < lower < upper ≤ 1', {
      type: 'urn:parley:problem:invalid',
      errors: [{ in: 'body', ...problem }],
    });
  }
  const run = await store.repos.reconciliations.start(ctx, thresholds);
  await jobs.enqueue<ReconcileJobPayload>(RECONCILE_JOB, { runId: run.id, actor: ctx.actor });
  return run;
}
