/** One unit of background work: a name (what to do) and its payload (on what). */
export interface Job<P> {
  id: string;
  name: string;
  payload: P;
}

export type JobHandler<P> = (job: Job<P>) => Promise<void>;

/**
 * Background work, the same to its callers on both dialects: PostgreSQL keeps the jobs in the database (pg-boss:
 * durable, shared by every instance, taken up again after a restart); SQLite runs them in this process.
 * A handler must be safe to run again on the same job: a job cut short by a stop is retried.
 */
export interface JobQueue {
  readonly kind: 'in-process' | 'pg-boss';
  /** Queues a job and returns its id; a worker of this or another instance takes it up. */
  enqueue<P extends object>(name: string, payload: P): Promise<string>;
  /** Takes up jobs of `name` one at a time in this instance. */
  work<P extends object>(name: string, handler: JobHandler<P>): Promise<void>;
  /** Jobs of `name` waiting to be taken up (for the metrics and the readiness view). */
  depth(name: string): Promise<number>;
  /** Stops taking jobs; waits (a while) for the ones running here to finish. */
  stop(): Promise<void>;
}
