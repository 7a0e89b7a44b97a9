import { parentPort, workerData } from 'node:worker_threads';
import { reconcile, type ScoredPair } from '../../domain/exchange/reconciliation.js';
import { buildPersonRecords, explainPair, type LinkedPair, linkRecords } from '../../engine/index.js';
import type { LinkResultMessage, LinkTask, WorkerMessage } from './engine-task.js';

// Runs in a worker thread: the engine's CPU-bound work and the sorting of its pairs, away from the server.
const task = workerData as LinkTask;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

let lastPost = 0;
const left = buildPersonRecords(task.left).records;
const right = buildPersonRecords(task.right).records;
const result = linkRecords(left, right, {
  threshold: task.thresholds.lower,
  onProgress: (stage, done, total) => {
    const now = Date.now();
    if (now - lastPost < 250 && done < total) return;
    lastPost = now;
    post({ type: 'progress', stage, done, total });
  },
});

const firstIndex = (keys: string[]) => {
  const first = new Map<string, number>();
  keys.forEach((key, index) => {
    if (!first.has(key)) first.set(key, index);
  });
  return first;
};
const firstLeft = firstIndex(task.leftKeys);
const firstRight = firstIndex(task.rightKeys);
const pairKey = (leftKey: string, rightKey: string) => `${leftKey}\u0000${rightKey}`;
const linkByKeys = new Map<string, LinkedPair>();
const scored: ScoredPair[] = result.links.map((link) => {
  const leftKey = task.leftKeys[link.leftIndex];
  const rightKey = task.rightKeys[link.rightIndex];
  linkByKeys.set(pairKey(leftKey, rightKey), link);
  return { leftKey, rightKey, probability: link.probability };
});
const sorted = reconcile(
  [...firstLeft.keys()],
  [...firstRight.keys()],
  scored,
  task.decisions,
  task.thresholds,
);

const pairs = [...sorted.matched, ...sorted.toReview];
const message: LinkResultMessage = {
  type: 'result',
  leftIndexes: Int32Array.from(pairs, (p) => firstLeft.get(p.leftKey) ?? -1),
  rightIndexes: Int32Array.from(pairs, (p) => firstRight.get(p.rightKey) ?? -1),
  probabilities: Float64Array.from(pairs, (p) => p.probability),
  review: Uint8Array.from(pairs, (_p, i) => (i < sorted.matched.length ? 0 : 1)),
  explanations: pairs.map((p, i) => {
    const link = i < sorted.matched.length ? undefined : linkByKeys.get(pairKey(p.leftKey, p.rightKey));
    return link
      ? JSON.stringify(
          explainPair(result.model, result.left[link.leftIndex], result.right[link.rightIndex], {
            termFrequencies: result.termFrequencies,
          }),
        )
      : null;
  }),
  unmatchedLeft: sorted.unmatchedLeft.length,
  unmatchedRight: sorted.unmatchedRight.length,
  candidatePairs: result.candidatePairs,
};
parentPort?.postMessage(message, [
  message.leftIndexes.buffer as ArrayBuffer,
  message.rightIndexes.buffer as ArrayBuffer,
  message.probabilities.buffer as ArrayBuffer,
  message.review.buffer as ArrayBuffer,
]);
