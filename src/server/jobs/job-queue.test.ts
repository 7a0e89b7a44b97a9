import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../store/index.js';
import { createTestDatabase, type TestDatabase, testDialects } from '../../store/testing/test-store.js';
import { createInProcessJobQueue } from './in-process-job-queue.js';
import type { Job, JobQueue } from './job-queue.js';
import { openPgBossJobQueue } from './pg-boss-job-queue.js';

const waitFor = async (check: () => boolean, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('in-process job queue', () => {
  it('runs jobs queued before and after the worker, one at a time, in order', async () => {
    const queue = createInProcessJobQueue();
    const seen: number[] = [];
    let running = 0;
    let overlap = false;
    await queue.enqueue('count', { n: 1 });
    await queue.work<{ n: number }>('count', async (job) => {
      running++;
      if (running > 1) overlap = true;
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.push(job.payload.n);
      running--;
    });
    await queue.enqueue('count', { n: 2 });
    await queue.enqueue('count', { n: 3 });
    await queue.idle();
    expect(seen).toEqual([1, 2, 3]);
    expect(overlap).toBe(false);
    await queue.stop();
  });

  it('keeps going after a failing job and reports the failure', async () => {
    const failures: string[] = [];
    const queue = createInProcessJobQueue({ onError: (_e, job) => failures.push(job.id) });
    const done: string[] = [];
    await queue.work<{ fail: boolean }>('j', async (job) => {
      if (job.payload.fail) throw new Error('boom');
      done.push(job.id);
    });
    const bad = await queue.enqueue('j', { fail: true });
    const good = await queue.enqueue('j', { fail: false });
    await queue.idle();
    expect(failures).toEqual([bad]);
    expect(done).toEqual([good]);
  });
});

describe('in-process job queue stop', () => {
  it('waits for a short job, but not past its grace for a long one', async () => {
    const queue = createInProcessJobQueue({ stopGraceMs: 200 });
    let finished = false;
    await queue.work('slow', async () => {
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      finished = true;
    });
    await queue.enqueue('slow', {});
    await new Promise((resolve) => setTimeout(resolve, 20));
    const start = Date.now();
    await queue.stop();
    expect(Date.now() - start).toBeLessThan(2_000);
    expect(finished).toBe(false);
    await expect(queue.enqueue('slow', {})).rejects.toThrow('stopped');
  });
});

describe.skipIf(!testDialects().includes('postgres'))('pg-boss job queue', () => {
  let database: TestDatabase;
  const stores: Store[] = [];
  const queues: JobQueue[] = [];
  const open = async () => {
    const store = await openStore(database.target);
    stores.push(store);
    const queue = await openPgBossJobQueue(store.db, { pollingIntervalSeconds: 0.5 });
    queues.push(queue);
    return { store, queue };
  };

  afterEach(async () => {
    for (const q of queues.splice(0)) await q.stop();
    for (const s of stores.splice(0)) await s.close();
    await database?.drop();
  });

  it('a job queued by one instance is taken by another, and survives the first one stopping', async () => {
    database = await createTestDatabase('postgres');
    const first = await open();
    const id = await first.queue.enqueue('reconcile', { runId: 'r1' });
    await first.queue.stop();
    await first.store.close();

    const second = await open();
    const seen: Job<{ runId: string }>[] = [];
    await second.queue.work<{ runId: string }>('reconcile', async (job) => {
      seen.push(job);
    });
    await waitFor(() => seen.length === 1);
    expect(seen[0]).toMatchObject({ id, name: 'reconcile', payload: { runId: 'r1' } });
  }, 60_000);
});
