import { CompiledQuery, type Kysely } from 'kysely';
import PgBoss from 'pg-boss';
import type { JobHandler, JobQueue } from './job-queue.js';

export interface PgBossQueueOptions {
  /** How often an idle worker asks the database for a job. */
  pollingIntervalSeconds?: number;
  /** A job running longer than this is taken as lost (its instance died) and retried. */
  expireInSeconds?: number;
  retryLimit?: number;
  onError?: (error: unknown) => void;
}

/**
 * The PostgreSQL queue: pg-boss over the store's own connection pool, so jobs are rows in the same database
 * (schema `pgboss`), shared by every instance and still there after a restart.
 */
export async function openPgBossJobQueue<D>(db: Kysely<D>, opts: PgBossQueueOptions = {}): Promise<JobQueue> {
  const boss = new PgBoss({
    db: {
      async executeSql(text: string, values?: unknown[]) {
        const result = await db.executeQuery(CompiledQuery.raw(text, values ?? []));
        return { rows: result.rows };
      },
    },
    schema: 'pgboss',
    supervise: true,
    schedule: false,
  });
  boss.on('error', (error) => opts.onError?.(error));
  await boss.start();
  const created = new Set<string>();
  const ensureQueue = async (name: string) => {
    if (created.has(name)) return;
    await boss.createQueue(name, {
      name,
      retryLimit: opts.retryLimit ?? 2,
      expireInSeconds: opts.expireInSeconds ?? 6 * 60 * 60,
    });
    created.add(name);
  };

  return {
    kind: 'pg-boss',
    async enqueue(name, payload) {
      await ensureQueue(name);
      const id = await boss.send(name, payload);
      if (!id) throw new Error(`pg-boss did not accept a job for "${name}"`);
      return id;
    },
    async work<P extends object>(name: string, handler: JobHandler<P>) {
      await ensureQueue(name);
      await boss.work<P>(
        name,
        { batchSize: 1, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 1 },
        async (jobs) => {
          for (const job of jobs) await handler({ id: job.id, name: job.name, payload: job.data });
        },
      );
    },
    async depth(name) {
      await ensureQueue(name);
      return boss.getQueueSize(name);
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, close: false, timeout: 30_000 });
    },
  };
}
