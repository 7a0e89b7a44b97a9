import { describe, expect, it } from 'vitest';
import { workerModule } from './open-worker.js';
import { openWorkerPool, WorkerBudgetError } from './worker-pool.js';

const MODULE = workerModule(import.meta.url, './open-worker.test-worker');

/** The longest the event loop went without running a 10 ms timer while `work` ran. */
async function longestPause(work: Promise<unknown>): Promise<number> {
  let longest = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  await work.catch(() => undefined);
  clearInterval(timer);
  return longest;
}

describe('worker pool', () => {
  it('keeps a thread for the next request, and runs two requests at once on two threads', async () => {
    const pool = openWorkerPool(MODULE, {
      workerData: { factor: 2 },
      size: 2,
      budget: { timeMs: 20_000, memoryMb: 256 },
    });
    try {
      type Reply = { result: Float64Array; threadId: number };
      const first = await pool.run<Reply>({ numbers: Float64Array.from([1, 2]) });
      const again = await pool.run<Reply>({ numbers: Float64Array.from([3]) });
      expect([...first.result]).toEqual([2, 4]);
      expect(again.threadId).toBe(first.threadId);
      const [a, b] = await Promise.all([
        pool.run<Reply>({ numbers: new Float64Array(1), spinMs: 300 }),
        pool.run<Reply>({ numbers: new Float64Array(1), spinMs: 300 }),
      ]);
      expect(a.threadId).not.toBe(b.threadId);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('stops a request over its time, with the event loop free meanwhile, and answers the next one', async () => {
    const pool = openWorkerPool(MODULE, {
      workerData: { factor: 1 },
      size: 1,
      budget: { timeMs: 1500, memoryMb: 256 },
    });
    try {
      await pool.run({ numbers: new Float64Array(1) }); // the thread started: the budget counts the work only
      const started = Date.now();
      const slow = pool.run({ numbers: new Float64Array(1), spinMs: 60_000 });
      const error = await slow.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkerBudgetError);
      expect(error).toMatchObject({ limit: 'time' });
      expect(Date.now() - started).toBeLessThan(5000);
      expect(await longestPause(pool.run({ numbers: new Float64Array(1), spinMs: 800 }))).toBeLessThan(300);
      await expect(pool.run({ numbers: Float64Array.from([5]) })).resolves.toMatchObject({ received: 1 });
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('stops a request over its memory and answers the next one on a new thread', async () => {
    const pool = openWorkerPool(MODULE, {
      workerData: { factor: 1 },
      size: 1,
      budget: { timeMs: 30_000, memoryMb: 64 },
    });
    try {
      const error = await pool.run({ numbers: new Float64Array(1), hog: true }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkerBudgetError);
      expect(error).toMatchObject({ limit: 'memory' });
      await expect(pool.run({ numbers: Float64Array.from([5]) })).resolves.toMatchObject({ received: 1 });
    } finally {
      await pool.close();
    }
  }, 60_000);
});
