import { parentPort, workerData } from 'node:worker_threads';
import { buildPersonRecords, explainPair, linkRecords } from '../../engine/index.js';
import type { LinkedEntryPair, LinkTask, WorkerMessage } from './engine-task.js';

// Runs in a worker thread: the engine's CPU-bound work, away from the server's event loop.
const task = workerData as LinkTask;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

let lastPost = 0;
const left = buildPersonRecords(task.left).records;
const right = buildPersonRecords(task.right).records;
const result = linkRecords(left, right, {
  threshold: task.threshold,
  onProgress: (stage, done, total) => {
    const now = Date.now();
    if (now - lastPost < 250 && done < total) return;
    lastPost = now;
    post({ type: 'progress', stage, done, total });
  },
});
const pairs = result.links.map(
  (link): LinkedEntryPair => ({
    leftId: link.leftId,
    rightId: link.rightId,
    probability: link.probability,
    explanation:
      link.probability < task.explainBelow
        ? explainPair(result.model, result.left[link.leftIndex], result.right[link.rightIndex], {
            termFrequencies: result.termFrequencies,
          })
        : null,
  }),
);
post({ type: 'result', pairs, candidatePairs: result.candidatePairs });
