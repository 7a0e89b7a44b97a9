import { serveRequests, startData } from './serve-requests.js';

// A worker for open-worker.test.ts: sums numbers, reporting each step; fails on request.
const { factor } = startData<{ factor: number }>();

serveRequests(async (payload, context) => {
  const { numbers, fail } = payload as { numbers: Float64Array; fail?: boolean };
  if (fail) {
    const error = new RangeError('no sum today') as RangeError & { row: number };
    error.row = 7;
    throw error;
  }
  const result = new Float64Array(numbers.length);
  for (let i = 0; i < numbers.length; i++) {
    result[i] = numbers[i] * factor;
    context.progress(i + 1);
  }
  context.transfer(result.buffer);
  return { result, received: numbers.length };
});
