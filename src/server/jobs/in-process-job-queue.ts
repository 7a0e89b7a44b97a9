import { randomUUID } from 'node:crypto';
import type { Job, JobHandler, JobQueue } from './job-queue.js';

interface Lane {
  pending: Job<object>[];
  handler: JobHandler<object> | null;
  running: Promise<void> | null;
}

export interface InProcessJobQueue extends JobQueue {
  /** Resolves when every queued job with a worker has run (tests, orderly shutdown). */
  idle(): Promise<void>;
}

/** The SQLite queue: jobs live in this process, run one at a time per name, and are lost with it. */
export function createInProcessJobQueue(
  opts: {
    onError?: (error: unknown, job: Job<object>) => void;
    /** How long stop() waits for running jobs (a long run is not held up for; the next start marks it failed). */
    stopGraceMs?: number;
  } = {},
): InProcessJobQueue {
  const lanes = new Map<string, Lane>();
  let stopped = false;

  const lane = (name: string): Lane => {
    let found = lanes.get(name);
    if (!found) {
      found = { pending: [], handler: null, running: null };
      lanes.set(name, found);
    }
    return found;
  };

  function drain(current: Lane): void {
    if (current.running || !current.handler || stopped) return;
    const handler = current.handler;
    current.running = (async () => {
      // Yield first so that enqueue() returns before the work starts, as with a database queue.
      await new Promise((resolve) => setImmediate(resolve));
      for (let job = current.pending.shift(); job && !stopped; job = current.pending.shift()) {
        try {
          await handler(job);
        } catch (error) {
          opts.onError?.(error, job);
        }
      }
      current.running = null;
    })();
  }

  return {
    kind: 'in-process',
    async enqueue(name, payload) {
      if (stopped) throw new Error('The job queue is stopped');
      const job: Job<object> = { id: randomUUID(), name, payload };
      const current = lane(name);
      current.pending.push(job);
      drain(current);
      return job.id;
    },
    async work<P extends object>(name: string, handler: JobHandler<P>) {
      const current = lane(name);
      if (current.handler) throw new Error(`A worker for "${name}" is already registered`);
      current.handler = handler as JobHandler<object>;
      drain(current);
    },
    async depth(name) {
      return lanes.get(name)?.pending.length ?? 0;
    },
    async idle() {
      for (;;) {
        const running = [...lanes.values()].map((l) => l.running).filter((r) => r !== null);
        if (running.length === 0) return;
        await Promise.all(running);
      }
    },
    async stop() {
      stopped = true;
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, opts.stopGraceMs ?? 10_000);
        timer.unref();
      });
      await Promise.race([Promise.all([...lanes.values()].map((l) => l.running)), grace]);
      clearTimeout(timer);
    },
  };
}
