import { threadId } from 'node:worker_threads';
import { serveRequests, startData } from './serve-requests.js';

// A worker for open-worker.test.ts and worker-pool.test.ts: sums numbers, reporting each step; fails on request;
// spins or fills its heap on request (for the pool's budgets).
const { factor } = startData<{ factor: number }>();

serveRequests(async (payload, context) => {
  const { numbers, fail, spinMs, hog } = payload as {
    numbers: Float64Array;
    fail?: boolean;
    spinMs?: number;
    hog?: boolean;
  };
  if (fail) {
    const error = new RangeError('no sum today') as RangeError & { row: number };
    error.row = 7;
    throw error;
  }
  if (spinMs !== undefined) {
    const until = Date.now() + spinMs;
    while (Date.now() < until) {}
  }
  if (hog) {
    const kept: string[][] = [];
    for (;;) kept.push(Array.from({ length: 10_000 }, (_, i) => `${i}-${kept.length}`));
  }
  const result = new Float64Array(numbers.length);
  for (let i = 0; i < numbers.length; i++) {
    result[i] = numbers[i] * factor;
    context.progress(i + 1);
  }
  context.transfer(result.buffer);
  return { result, received: numbers.length, threadId };
});
