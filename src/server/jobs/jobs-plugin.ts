import fp from 'fastify-plugin';
import { RECONCILE_JOB, type ReconcileJobPayload, runReconciliation } from '../exchange/reconcile-job.js';
import { createInProcessJobQueue } from './in-process-job-queue.js';
import type { JobQueue } from './job-queue.js';
import { openPgBossJobQueue } from './pg-boss-job-queue.js';

declare module 'fastify' {
  interface FastifyInstance {
    jobs: JobQueue;
  }
}

export interface JobsPluginOptions {
  /** A queue made elsewhere (tests, benchmarks); by default one for the store's dialect. */
  queue?: JobQueue;
  /** Take up jobs in this instance (default true). */
  work?: boolean;
}

/** The background job queue of the store's dialect, with this instance working the exchange's jobs. */
export const jobsPlugin = fp<JobsPluginOptions>(
  async (app, opts) => {
    const onError = (error: unknown) => app.log.error({ err: error }, 'background job failed');
    const queue =
      opts.queue ??
      (app.store.dialect.name === 'postgres'
        ? await openPgBossJobQueue(app.store.db, { onError })
        : createInProcessJobQueue({ onError }));
    app.decorate('jobs', queue);
    if (queue.kind === 'in-process' && opts.work !== false) {
      // This process's queue starts empty: a run it had queued or started before a restart will never finish.
      await app.store.repos.reconciliations.failUnfinished(
        'The server restarted before this run finished; start it again.',
      );
    }
    if (opts.work !== false) {
      await queue.work<ReconcileJobPayload>(RECONCILE_JOB, (job) =>
        app.hasDecorator('metrics')
          ? app.metrics.timeJob(RECONCILE_JOB, () => runReconciliation(app.store, job.payload))
          : runReconciliation(app.store, job.payload),
      );
    }
    app.addHook('onClose', async () => {
      await queue.stop();
    });
  },
  { name: 'parley-jobs' },
);
