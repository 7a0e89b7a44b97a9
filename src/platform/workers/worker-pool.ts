import { type OpenWorkerOptions, openWorker, type RequestOptions, type WorkerClient } from './open-worker.js';

/** What one request may take in its thread: wall time from when a thread takes it, and the thread's heap. */
export interface WorkerBudget {
  timeMs: number;
  memoryMb: number;
}

/** A request stopped because it passed its budget; its thread was ended (the next request gets a new one). */
export class WorkerBudgetError extends Error {
  readonly limit: 'time' | 'memory';
  constructor(limit: 'time' | 'memory', budget: WorkerBudget) {
    super(
      limit === 'time'
        ? `the work took longer than ${Math.round(budget.timeMs / 1000)} s and was stopped`
        : `the work needed more than ${budget.memoryMb} MB of memory and was stopped`,
    );
    this.name = 'WorkerBudgetError';
    this.limit = limit;
  }
}

export interface WorkerPoolOptions extends OpenWorkerOptions {
  /** Threads at most; more requests wait for one to be free. */
  size: number;
  budget: WorkerBudget;
  /** A thread left idle this long is ended (default 30 s). */
  idleMs?: number;
}

export interface WorkerPool {
  run<T>(payload: unknown, options?: RequestOptions): Promise<T>;
  /** Ends every thread; requests running fail, waiting ones too. */
  close(): Promise<void>;
}

const overMemory = (error: unknown) => (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';

interface Job {
  payload: unknown;
  options: RequestOptions;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * Threads kept for requests one after another (a thread's start is paid once, not per request), each request
 * within `budget`: a request over its time has its thread ended, and a thread over its heap ends by itself; either
 * way the request fails with a `WorkerBudgetError` and the caller's event loop never waits on it. Idle threads do
 * not keep the process alive.
 */
export function openWorkerPool(module: URL, options: WorkerPoolOptions): WorkerPool {
  const { size, budget, idleMs = 30_000, ...workerOptions } = options;
  const idle: { client: WorkerClient; timer: NodeJS.Timeout }[] = [];
  const running = new Set<WorkerClient>();
  const queue: Job[] = [];
  let closed = false;

  const open = () =>
    openWorker(module, {
      ...workerOptions,
      unref: true,
      resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb, maxYoungGenerationSizeMb: 64 },
    });

  function release(client: WorkerClient) {
    running.delete(client);
    if (client.isOpen() && !closed) {
      const timer = setTimeout(() => {
        const at = idle.findIndex((entry) => entry.client === client);
        if (at >= 0) idle.splice(at, 1);
        void client.close();
      }, idleMs);
      timer.unref();
      idle.push({ client, timer });
    }
    pump();
  }

  async function dispatch(client: WorkerClient, job: Job) {
    running.add(client);
    try {
      // A thread's start (loading its modules) is not the request's work: the budget counts from when it serves.
      await client.ready;
    } catch (error) {
      job.reject(overMemory(error) ? new WorkerBudgetError('memory', budget) : (error as Error));
      release(client);
      return;
    }
    let over = false;
    const timer = setTimeout(() => {
      over = true;
      job.reject(new WorkerBudgetError('time', budget));
      void client.close();
    }, budget.timeMs);
    client.request(job.payload, job.options).then(
      (value) => {
        clearTimeout(timer);
        if (!over) job.resolve(value);
        release(client);
      },
      (error: Error & { code?: string }) => {
        clearTimeout(timer);
        if (!over) {
          job.reject(overMemory(error) ? new WorkerBudgetError('memory', budget) : error);
        }
        release(client);
      },
    );
  }

  function pump() {
    while (queue.length > 0 && !closed) {
      const reused = idle.pop();
      if (reused) {
        clearTimeout(reused.timer);
        if (!reused.client.isOpen()) continue;
      } else if (running.size >= size) return;
      const job = queue.shift();
      if (!job) return;
      void dispatch(reused?.client ?? open(), job);
    }
  }

  return {
    run<T>(payload: unknown, requestOptions: RequestOptions = {}): Promise<T> {
      if (closed) return Promise.reject(new Error('The worker pool is closed'));
      return new Promise<T>((resolve, reject) => {
        queue.push({
          payload,
          options: requestOptions,
          resolve: resolve as (value: unknown) => void,
          reject,
        });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('The worker pool is closed'));
      const waiting = idle.splice(0);
      for (const entry of waiting) clearTimeout(entry.timer);
      await Promise.all(
        [...running, ...waiting.map((entry) => entry.client)].map((client) => client.close()),
      );
    },
  };
}
