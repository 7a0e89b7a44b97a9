import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import {
  RECONCILE_JOB,
  type ReconcileJobPayload,
  RUN_STALE_AFTER_MS,
  runReconciliation,
} from '../exchange/reconcile-job.js';
import { runCaseMatching, TRACING_MATCH_JOB, type TracingMatchPayload } from '../tracing/match-case-job.js';
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
  /**
   * A running reconciliation whose worker has been silent this long is taken over by an instance that works jobs
   * (default 30 s; PARLEY_RUN_STALE_SECONDS); its worker beats every sixth of it, the check runs every third.
   */
  runStaleAfterMs?: number;
  /**
   * A run taken over this many times whose worker goes silent again is failed with why instead of being taken over
   * once more (default 2; PARLEY_RUN_MAX_TAKEOVERS): a run that kills its instance is not retried forever.
   */
  runMaxTakeovers?: number;
  /** Rows per write transaction of a run's results (default 5,000; tests use small batches). */
  runBatchRows?: number;
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
    const staleAfterMs = opts.runStaleAfterMs ?? RUN_STALE_AFTER_MS;
    const run = (payload: ReconcileJobPayload) =>
      runReconciliation(app.store, payload, {
        staleAfterMs,
        maxTakeovers: opts.runMaxTakeovers,
        batchRows: opts.runBatchRows,
      });
    if (opts.work !== false) {
      await queue.work<ReconcileJobPayload>(RECONCILE_JOB, (job) =>
        app.hasDecorator('metrics')
          ? app.metrics.timeJob(RECONCILE_JOB, () => run(job.payload))
          : run(job.payload),
      );
    }
    const watchdog =
      queue.kind === 'pg-boss' && opts.work !== false ? watchStaleRuns(app, queue, staleAfterMs) : null;
    if (opts.work !== false)
      await queue.work<TracingMatchPayload>(TRACING_MATCH_JOB, (job) =>
        runCaseMatching(app.store, job.payload),
      );
    app.addHook('onClose', async () => {
      watchdog?.stop();
      await queue.stop();
    });
  },
  { name: 'parley-jobs' },
);

/**
 * On a shared database, a run whose worker died with its instance (the pg-boss job stays active until its long
 * expiry) would stay `running`: every instance that works jobs looks for runs whose heartbeat is stale and queues
 * them again. The job's claim takes over only a run still stale, so when several instances queue the same run, one
 * takes it and the others' jobs end at once.
 */
function watchStaleRuns(app: FastifyInstance, queue: JobQueue, staleAfterMs: number): { stop(): void } {
  const queuedAt = new Map<string, number>();
  let checking = false;
  const check = async () => {
    if (checking) return;
    checking = true;
    try {
      const now = Date.now();
      for (const run of await app.store.repos.reconciliations.stale(staleAfterMs)) {
        if (now - (queuedAt.get(run.id) ?? 0) < staleAfterMs) continue;
        queuedAt.set(run.id, now);
        app.log.warn({ runId: run.id }, 'a reconciliation whose worker went silent is queued again');
        await queue.enqueue<ReconcileJobPayload>(RECONCILE_JOB, { runId: run.id, actor: run.actor });
      }
    } catch (error) {
      app.log.error({ err: error }, 'the check for reconciliations whose worker went silent failed');
    } finally {
      checking = false;
    }
  };
  const timer = setInterval(() => void check(), Math.max(100, Math.floor(staleAfterMs / 3)));
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
