import { describe, expect, it } from 'vitest';
import { openWorker, runInWorker, workerModule } from './open-worker.js';

const MODULE = workerModule(import.meta.url, './open-worker.test-worker');

describe('worker runner', () => {
  it('answers requests in order with progress, moving buffers both ways', async () => {
    const worker = openWorker(MODULE, { workerData: { factor: 3 } });
    try {
      const numbers = Float64Array.from([1, 2, 3]);
      const steps: unknown[] = [];
      const first = worker.request<{ result: Float64Array; received: number }>(
        { numbers },
        { transfer: [numbers.buffer], onProgress: (step) => steps.push(step) },
      );
      // Moved, not copied: the caller's array is emptied.
      expect(numbers.length).toBe(0);
      const second = worker.request<{ result: Float64Array }>({ numbers: Float64Array.from([5]) });
      expect([...(await first).result]).toEqual([3, 6, 9]);
      expect((await first).received).toBe(3);
      expect(steps).toEqual([1, 2, 3]);
      expect([...(await second).result]).toEqual([15]);
    } finally {
      await worker.close();
    }
  }, 30_000);

  it('gives back an error with its message and fields, revived as the caller wants', async () => {
    const plain = await runInWorker(
      MODULE,
      { numbers: new Float64Array(), fail: true },
      {
        workerData: { factor: 1 },
      },
    ).catch((error: unknown) => error);
    expect(plain).toBeInstanceOf(Error);
    expect(plain).toMatchObject({ message: 'no sum today', row: 7 });

    const revived = await runInWorker(
      MODULE,
      { numbers: new Float64Array(), fail: true },
      {
        workerData: { factor: 1 },
        reviveError: (error) => (error.name === 'RangeError' ? new RangeError(error.message) : undefined),
      },
    ).catch((error: unknown) => error);
    expect(revived).toBeInstanceOf(RangeError);
  }, 30_000);

  it('fails a request when the thread dies', async () => {
    const worker = openWorker(MODULE, { workerData: { factor: 1 } });
    const pending = worker.request({ numbers: new Float64Array(1e6) });
    await worker.close();
    await expect(pending).rejects.toThrow(/stopped/);
  }, 30_000);
});
