import { parentPort, workerData } from 'node:worker_threads';
import { buildPersonRecords, explainPair, linkRecords } from '../../engine/index.js';
import type { LinkResultMessage, LinkTask, WorkerMessage } from './engine-task.js';

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
const message: LinkResultMessage = {
  type: 'result',
  leftIds: result.links.map((link) => link.leftId),
  rightIds: result.links.map((link) => link.rightId),
  probabilities: Float64Array.from(result.links, (link) => link.probability),
  explanations: result.links.map((link) =>
    link.probability < task.explainBelow
      ? JSON.stringify(
          explainPair(result.model, result.left[link.leftIndex], result.right[link.rightIndex], {
            termFrequencies: result.termFrequencies,
          }),
        )
      : null,
  ),
  candidatePairs: result.candidatePairs,
};
parentPort?.postMessage(message, [message.probabilities.buffer as ArrayBuffer]);
